/** Where services get "now" from: server time, so clients can never back-date an event. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
