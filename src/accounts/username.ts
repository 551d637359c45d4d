import { AppError } from '../shared/errors';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;

/** Usernames are compared case-insensitively: stored trimmed and in lower case. */
export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

export function assertValidUsername(username: string): void {
  if (!USERNAME.test(username)) throw new AppError('USERNAME_INVALID');
}
