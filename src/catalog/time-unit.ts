/** How a procedure's processing time is counted: the calendar module's duration units. */
export { durationUnits as timeUnits, durationUnitLabels as timeUnitLabels, type DurationUnit as TimeUnit } from '../calendar/duration';
