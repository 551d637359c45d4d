import type { WorkCalendar } from '../../calendar/work-calendar';
import type { DossierDetail } from '../get-dossier';
import { apologyLetterData, apologyLetterDocument } from './apology-letter';
import { controlSlipData, controlSlipDocument } from './control-slip';
import type { FormContext } from './form-context';
import type { FormDocument } from './form-document';
import type { DossierFormNumber } from './form-kinds';
import { receiptSlipData, receiptSlipDocument } from './receipt-slip';
import { refusalSlipData, refusalSlipDocument } from './refusal-slip';
import { stopNoticeData, stopNoticeDocument } from './stop-notice';
import { supplementRequestData, supplementRequestDocument } from './supplement-request';

/**
 * Checks that the form applies to the dossier (DOSSIER_FORM_UNAVAILABLE otherwise) and returns its
 * layout, which only needs the issuers and the QR code — loaded after the check.
 */
export function dossierFormLayout(
  form: DossierFormNumber,
  detail: DossierDetail,
  calendar: Pick<WorkCalendar, 'judgeCompletion'> | null,
): (ctx: FormContext) => FormDocument {
  switch (form) {
    case '01': {
      const data = receiptSlipData(detail);
      return (ctx) => receiptSlipDocument(data, ctx);
    }
    case '02': {
      const data = supplementRequestData(detail);
      return (ctx) => supplementRequestDocument(data, ctx);
    }
    case '03': {
      const data = refusalSlipData(detail);
      return (ctx) => refusalSlipDocument(data, ctx);
    }
    case '04': {
      const data = apologyLetterData(detail);
      return (ctx) => apologyLetterDocument(data, ctx);
    }
    case '05': {
      const data = stopNoticeData(detail);
      return (ctx) => stopNoticeDocument(data, ctx);
    }
    case '06': {
      if (!calendar) throw new Error('form 06 needs the work calendar');
      const data = controlSlipData(detail, calendar);
      return (ctx) => controlSlipDocument(data, ctx);
    }
  }
}
