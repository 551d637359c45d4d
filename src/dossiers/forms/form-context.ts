/** What a form needs beyond the dossier: who issues it (for the header) and the lookup QR code. */

export interface Issuer {
  readonly name: string;
  /** Name of the agency above it; empty for a root agency. */
  readonly parentName: string;
  /** Locality of the date line (`Lạng Sơn`). */
  readonly place: string;
}

export interface QrImage {
  readonly url: string;
  readonly png: Uint8Array;
}

export interface FormContext {
  /** The one-stop desk that received the dossier. */
  readonly desk: Issuer;
  /** The agency responsible for the result. */
  readonly lead: Issuer;
  /** Public lookup of the dossier (receipt slip). */
  readonly qr?: QrImage | undefined;
}
