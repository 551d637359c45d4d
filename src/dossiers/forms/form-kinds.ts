/** The forms printable for one dossier (Circular 03/2025/TT-VPCP numbering), and the output formats. */
export const dossierForms = ['01', '02', '03', '04', '05', '06'] as const;
export type DossierFormNumber = (typeof dossierForms)[number];

export const formFormats = ['html', 'docx'] as const;
export type FormFormat = (typeof formFormats)[number];

export const formContentTypes: Record<FormFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A rendered form, ready to be sent. */
export interface RenderedForm {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Buffer;
}

/** `mau-01-LS-TTPVHCC-260216-0001.docx`: only safe characters reach the Content-Disposition header. */
export function formFileName(form: string, subject: string, format: FormFormat): string {
  const safe = subject.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'ho-so';
  return `mau-${form}-${safe}.${format}`;
}
