import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/schema';

export const roleName = pgEnum('role_name', ['citizen', 'receiving_officer', 'specialist', 'leader', 'monitor', 'admin']);

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull(),
    fullName: text().notNull(),
    passwordHash: text(),
    email: text(),
    phone: text(),
    /** The agency an official belongs to; null for citizens. */
    agencyId: integer().references(() => agencies.id),
    active: boolean().notNull().default(true),
    /** Demo accounts exist only while demo mode is on. */
    isDemo: boolean().notNull().default(false),
    /** Dossiers created in training mode are test dossiers. */
    trainingMode: boolean().notNull().default(false),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_agency_idx').on(t.agencyId)],
);

/** A role held over an agency subtree (the agency and everything below it). */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: integer().notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: roleName().notNull(),
    agencyId: integer().references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token: a leaked table does not leak sessions. */
    tokenHash: text().primaryKey(),
    userId: integer().notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);
