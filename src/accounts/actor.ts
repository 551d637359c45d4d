import type { Role } from './roles';

export interface RoleGrant {
  readonly role: Role;
  /** Root of the agency subtree the role covers; null means the whole system. */
  readonly agencyId: number | null;
  /** Materialised path of that agency (`/1/7/`), null for the whole system. */
  readonly agencyPath: string | null;
}

/** Who is acting: every service call receives one and checks it first. */
export interface Actor {
  readonly kind: 'user' | 'system';
  readonly userId: number | null;
  readonly username: string;
  readonly grants: readonly RoleGrant[];
  readonly trainingMode: boolean;
}

/** The command line and scheduled jobs act as the system, with every right. */
export const systemActor: Actor = {
  kind: 'system',
  userId: null,
  username: 'system',
  grants: [{ role: 'admin', agencyId: null, agencyPath: null }],
  trainingMode: false,
};
