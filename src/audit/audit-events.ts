/** The catalogue of administrative audit events: one line each on when it is written. */
export const auditEvents = {
  USER_LOGGED_IN: 'USER_LOGGED_IN', // A user signed in successfully.
  USER_LOGIN_FAILED: 'USER_LOGIN_FAILED', // A sign-in attempt failed (wrong password or unknown user).
  USER_LOCKED_OUT: 'USER_LOCKED_OUT', // Repeated failures locked an account for a while.
  USER_LOGGED_OUT: 'USER_LOGGED_OUT', // A user ended their session.
  USER_CREATED: 'USER_CREATED', // An administrator created an account.
  USER_ROLES_CHANGED: 'USER_ROLES_CHANGED', // An administrator changed an account's roles or scope.
  USER_UPDATED: 'USER_UPDATED', // An administrator edited an account's profile (name, contact, agency).
  USER_DEACTIVATED: 'USER_DEACTIVATED', // An administrator deactivated an account; its sessions end.
  USER_ACTIVATED: 'USER_ACTIVATED', // An administrator re-activated an account.
  USER_PASSWORD_RESET: 'USER_PASSWORD_RESET', // An administrator set a new password for an account.
  USER_TRAINING_MODE_CHANGED: 'USER_TRAINING_MODE_CHANGED', // Training mode turned on or off: the account's new dossiers are test dossiers.
  AGENCY_CREATED: 'AGENCY_CREATED', // An agency was added to the tree.
  AGENCY_UPDATED: 'AGENCY_UPDATED', // An agency's name, code, parent or validity changed.
  AGENCY_SUCCEEDED: 'AGENCY_SUCCEEDED', // An agency was merged into or renamed to a successor from a date.
  PROCEDURE_VERSION_CREATED: 'PROCEDURE_VERSION_CREATED', // A procedure was created or a new version of it published.
  PROCEDURE_WORKFLOW_SET: 'PROCEDURE_WORKFLOW_SET', // A procedure's workflow steps were replaced.
  CATALOG_IMPORTED: 'CATALOG_IMPORTED', // The procedure catalog was imported from JSON or Excel.
  AGENCY_WORKING_HOURS_CHANGED: 'AGENCY_WORKING_HOURS_CHANGED', // An administrator set or cleared an agency's own working hours.
  CALENDAR_YEAR_CHANGED: 'CALENDAR_YEAR_CHANGED', // An administrator edited a year's decreed days off or worked Saturdays.
  REPORT_PUBLISHED: 'REPORT_PUBLISHED', // A period's standard report was published as an immutable snapshot.
} as const;

export type AuditEventType = keyof typeof auditEvents;
