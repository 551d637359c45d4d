import { AppError } from '../shared/errors';

export const PASSWORD_MIN_LENGTH = 8;
/** Bounded so a huge body cannot make argon2 burn CPU. */
export const PASSWORD_MAX_LENGTH = 128;

/** Throws PASSWORD_TOO_WEAK / PASSWORD_TOO_LONG unless the password has 8+ characters with letters and digits. */
export function assertPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) throw new AppError('PASSWORD_TOO_LONG', { max: PASSWORD_MAX_LENGTH });
  // \p{L} accepts Vietnamese letters with diacritics, not only ASCII.
  if (length < PASSWORD_MIN_LENGTH || !/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    throw new AppError('PASSWORD_TOO_WEAK', { min: PASSWORD_MIN_LENGTH });
  }
}
