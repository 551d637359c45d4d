import type { DossierStatus } from './vocabulary';

/** The catalogue of dossier events: one line each on when it is written. */
export const dossierEventTypes = {
  SUBMITTED: 'SUBMITTED', // A dossier was submitted (online, by post or at the counter) and awaits the intake check.
  RECEIVED: 'RECEIVED', // The one-stop desk accepted the dossier: receipt slip (form 01), appointment set, clock started.
  INTAKE_SUPPLEMENT_REQUESTED: 'INTAKE_SUPPLEMENT_REQUESTED', // Incomplete at intake: one request listing everything missing (form 02).
  INTAKE_RESUBMITTED: 'INTAKE_RESUBMITTED', // The applicant completed a dossier found incomplete at intake.
  INTAKE_REFUSED: 'INTAKE_REFUSED', // Refused at intake with reasons (form 03); never counted as received.
  STEP_STARTED: 'STEP_STARTED', // A workflow step became active with its own due time.
  STEP_ASSIGNED: 'STEP_ASSIGNED', // An active step was assigned or reassigned to an official.
  STEP_COMPLETED: 'STEP_COMPLETED', // The holder finished a step and handed the dossier to the next one.
  STEP_RETURNED: 'STEP_RETURNED', // The holder sent the dossier back to the previous step.
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED', // Supplementation requested during processing: the clock pauses (form 02).
  SUPPLEMENT_RECEIVED: 'SUPPLEMENT_RECEIVED', // The complete supplement arrived: processing time counts again from zero.
  CLOSED_NO_SUPPLEMENT: 'CLOSED_NO_SUPPLEMENT', // No supplement within the configured time: the dossier is closed.
  APOLOGY_ISSUED: 'APOLOGY_ISSUED', // Apology letter with a new appointment (form 04); allowed once, statistics keep the due time.
  RESULT_RECORDED: 'RESULT_RECORDED', // Result concluded in the system: approved, or refused as not eligible.
  WITHDRAWN: 'WITHDRAWN', // Processing stopped at the applicant's request (form 05).
  HANDED_OVER: 'HANDED_OVER', // The result was handed to the applicant (counter, post or online).
  MARKED_TEST: 'MARKED_TEST', // An administrator marked (or unmarked) the dossier as a test dossier.
  IMPORTED: 'IMPORTED', // The dossier was migrated from a previous system with its history.
} as const;

export type DossierEventType = keyof typeof dossierEventTypes;

/** From which statuses each event may happen; the guard of every transition. */
export const allowedFrom: Record<DossierEventType, readonly (DossierStatus | null)[]> = {
  SUBMITTED: [null],
  RECEIVED: [null, 'submitted'],
  INTAKE_SUPPLEMENT_REQUESTED: [null, 'submitted'],
  INTAKE_RESUBMITTED: ['intake_incomplete'],
  INTAKE_REFUSED: [null, 'submitted', 'intake_incomplete'],
  STEP_STARTED: ['processing'],
  STEP_ASSIGNED: ['processing'],
  STEP_COMPLETED: ['processing'],
  STEP_RETURNED: ['processing'],
  SUPPLEMENT_REQUESTED: ['processing'],
  SUPPLEMENT_RECEIVED: ['awaiting_supplement'],
  CLOSED_NO_SUPPLEMENT: ['awaiting_supplement'],
  APOLOGY_ISSUED: ['processing', 'awaiting_supplement'],
  RESULT_RECORDED: ['processing'],
  WITHDRAWN: ['submitted', 'intake_incomplete', 'processing', 'awaiting_supplement'],
  HANDED_OVER: ['result_ready'],
  MARKED_TEST: [
    'submitted',
    'intake_incomplete',
    'intake_refused',
    'processing',
    'awaiting_supplement',
    'result_ready',
    'returned',
    'withdrawn',
    'closed_no_supplement',
  ],
  IMPORTED: [null],
};
