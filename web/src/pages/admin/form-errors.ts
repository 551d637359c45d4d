/** Turns the API's Vietnamese error into errors shown under the form fields concerned. */

export interface FieldError {
  readonly name: (string | number)[];
  readonly errors: string[];
}

export interface PlacedErrors {
  readonly fields: FieldError[];
  /** What belongs to no field: shown above the form. */
  readonly general: string | null;
}

const VALIDATION_PREFIX = /^Dữ liệu không hợp lệ:\s*/;

/**
 * A VALIDATION_FAILED message lists "path: message" parts joined by "; ", where the path is
 * "body/email", "roles.0.agencyId" or similar. Returns each part with its path split in segments.
 */
export function parseValidationMessage(message: string): { path: (string | number)[]; message: string }[] {
  if (!VALIDATION_PREFIX.test(message)) return [];
  return message
    .replace(VALIDATION_PREFIX, '')
    .split(/;\s+/)
    .map((part) => {
      const at = part.indexOf(': ');
      if (at < 0) return { path: [], message: part.trim() };
      const segments = part
        .slice(0, at)
        .split(/[/.]/)
        .filter((s) => s !== '' && s !== 'body' && s !== 'dữ liệu')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { path: segments, message: part.slice(at + 2).trim() };
    });
}

/**
 * Places an API error: a code known to concern one field goes under it; a validation error is
 * split over the fields it names; the rest is general.
 */
export function placeApiError(
  error: { code: string; message: string },
  codeFields: Readonly<Record<string, (string | number)[]>>,
  knownFields: readonly string[],
): PlacedErrors {
  const byCode = codeFields[error.code];
  if (byCode) return { fields: [{ name: byCode, errors: [error.message] }], general: null };
  if (error.code !== 'VALIDATION_FAILED') return { fields: [], general: error.message };
  const parts = parseValidationMessage(error.message);
  const fields: FieldError[] = [];
  const rest: string[] = [];
  for (const p of parts) {
    const head = p.path[0];
    if (typeof head === 'string' && knownFields.includes(head)) fields.push({ name: p.path, errors: [p.message] });
    else rest.push(p.message);
  }
  if (fields.length === 0) return { fields: [], general: error.message };
  return { fields, general: rest.length > 0 ? rest.join('; ') : null };
}
