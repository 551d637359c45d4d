/** One entry per error code: HTTP status and the Vietnamese message shown to the user. */
export interface ErrorSpec {
  readonly status: number;
  /** Vietnamese message; `{name}` placeholders are filled from the error's params. */
  readonly message: string;
}

export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): T {
  return specs;
}
