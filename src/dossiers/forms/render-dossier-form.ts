import type { Actor } from '../../accounts/actor';
import { authorize } from '../../accounts/authorize';
import type { Db } from '../../db/types';
import { loadWorkCalendar } from '../../calendar/load-work-calendar';
import { getDossier } from '../get-dossier';
import { dossierFormLayout } from './dossier-form-document';
import type { FormContext, Issuer } from './form-context';
import { formContentTypes, formFileName, type DossierFormNumber, type FormFormat, type RenderedForm } from './form-kinds';
import { loadIssuers } from './load-issuers';
import { lookupUrl, qrImage } from './lookup-qr';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';

const fallbackIssuer: Issuer = { name: 'Bộ phận Một cửa', parentName: '', place: '' };

/**
 * One printable form of a dossier (01–06) as HTML or DOCX, for whoever may read the dossier (getDossier
 * enforces it: a citizen only their own). `baseUrl` is where the public lookup page lives (QR of form 01).
 */
export async function renderDossierForm(
  db: Db,
  actor: Actor,
  code: string,
  form: DossierFormNumber,
  format: FormFormat,
  baseUrl: string,
): Promise<RenderedForm> {
  authorize(actor, { anyOf: ['citizen', 'receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] });
  const qrUrl = form === '01' ? lookupUrl(baseUrl, code) : null;
  const detail = await getDossier(db, actor, code);
  const calendar = form === '06' ? await loadWorkCalendar(db, detail.dossier.agencyId) : null;
  const layout = dossierFormLayout(form, detail, calendar);
  const issuers = await loadIssuers(db, [detail.dossier.deskAgencyId, detail.dossier.agencyId]);
  const ctx: FormContext = {
    desk: issuers.get(detail.dossier.deskAgencyId) ?? fallbackIssuer,
    lead: issuers.get(detail.dossier.agencyId) ?? fallbackIssuer,
    qr: qrUrl ? await qrImage(qrUrl) : undefined,
  };
  const doc = layout(ctx);
  return {
    fileName: formFileName(form, detail.dossier.code, format),
    contentType: formContentTypes[format],
    body: format === 'html' ? renderHtml(doc) : await renderDocx(doc),
  };
}
