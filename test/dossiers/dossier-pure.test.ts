import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, diff, replay } from '../../src/dossiers/dossier-state';
import { isBusinessCode, isPersonalId, isValidPhone, normalisePhone, phoneTail } from '../../src/dossiers/applicant-validation';
import { formatDossierCode, parseDossierCode } from '../../src/dossiers/dossier-code';
import { canReadDossier, coversAny, type DossierScope } from '../../src/dossiers/dossier-access';
import { canHoldStep } from '../../src/dossiers/step-holder';
import { allowedFrom, dossierEventTypes } from '../../src/dossiers/dossier-events';
import { eventLabels } from '../../src/dossiers/event-labels';
import type { Actor } from '../../src/accounts/actor';
import type { Role } from '../../src/accounts/roles';

const actor = (userId: number, grants: [Role, string | null][]): Actor => ({
  kind: 'user',
  userId,
  username: `u${userId}`,
  trainingMode: false,
  grants: grants.map(([role, agencyPath]) => ({ role, agencyPath, agencyId: agencyPath ? 1 : null })),
});

describe('event log reducer', () => {
  it('records before/after of changed fields only and replays to the same state', () => {
    const t0 = new Date('2026-02-13T02:00:00Z');
    const s0 = { status: 'submitted' as const, dueAt: null, supplementCount: 0 };
    const c1 = diff(s0, { status: 'processing', dueAt: t0, supplementCount: 0 });
    expect(c1).toEqual({ status: ['submitted', 'processing'], dueAt: [null, t0.toISOString()] });
    const s1 = applyChanges(s0, c1);
    expect(s1.dueAt).toEqual(t0);
    const events = [{ changes: diff({}, s0) }, { changes: c1 }, { changes: diff(s1, { supplementCount: 1 }) }];
    expect(replay(events)).toEqual({ status: 'processing', dueAt: t0, supplementCount: 1 });
  });

  it('replaying any sequence of changes gives the last value of each field', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ supplementCount: fc.nat(5), isTest: fc.boolean() }), { minLength: 1, maxLength: 10 }), (steps) => {
        let state = {};
        const events = steps.map((change) => {
          const e = { changes: diff(state, change) };
          state = applyChanges(state, e.changes);
          return e;
        });
        expect(replay(events)).toEqual(steps[steps.length - 1]);
      }),
    );
  });

  it('every event type has a label and a transition rule', () => {
    for (const type of Object.keys(dossierEventTypes) as (keyof typeof dossierEventTypes)[]) {
      expect(eventLabels[type]).toBeTruthy();
      expect(allowedFrom[type].length).toBeGreaterThan(0);
    }
  });
});

describe('applicant validation', () => {
  it('personal IDs have 12 digits; business codes 10 or 10-3', () => {
    expect(isPersonalId('001203004567')).toBe(true);
    expect(isPersonalId('00120300456')).toBe(false);
    expect(isPersonalId('00120300456a')).toBe(false);
    expect(isBusinessCode('0101234567')).toBe(true);
    expect(isBusinessCode('0101234567-001')).toBe(true);
    expect(isBusinessCode('010123456')).toBe(false);
  });
  it('phones are normalised and validated', () => {
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678');
    expect(isValidPhone('0912.345.678')).toBe(true);
    expect(isValidPhone('0212 3456 789')).toBe(true);
    expect(isValidPhone('0123')).toBe(false);
    expect(isValidPhone('0112345678')).toBe(false);
    expect(phoneTail('0912345678')).toBe('5678');
  });
});

describe('dossier code', () => {
  it('is <unit>-<YYMMDD>-<NNNN> and parses back', () => {
    const code = formatDossierCode('LS-TTPVHCC', '2026-02-13', 7);
    expect(code).toBe('LS-TTPVHCC-260213-0007');
    expect(parseDossierCode(code)).toEqual({ unitCode: 'LS-TTPVHCC', yymmdd: '260213', sequence: 7 });
    expect(formatDossierCode('X', '2026-12-31', 12345)).toBe('X-261231-12345');
  });
});

describe('dossier access', () => {
  const scope: DossierScope = { agencyPath: '/1/5/', deskAgencyPath: '/1/2/', ownerUserId: 99, stepAgencyPaths: ['/1/5/9/', '/1/7/'] };
  it('officials read dossiers of, received by, or passing through their subtree', () => {
    expect(canReadDossier(actor(1, [['specialist', '/1/5/9/']]), scope)).toBe(true);
    expect(canReadDossier(actor(1, [['receiving_officer', '/1/2/']]), scope)).toBe(true);
    expect(canReadDossier(actor(1, [['leader', '/1/7/']]), scope)).toBe(true);
    expect(canReadDossier(actor(1, [['monitor', '/1/']]), scope)).toBe(true);
    expect(canReadDossier(actor(1, [['specialist', '/1/6/']]), scope)).toBe(false);
    expect(canReadDossier(actor(1, [['admin', null]]), scope)).toBe(true);
  });
  it('a citizen reads only their own dossier', () => {
    expect(canReadDossier(actor(99, [['citizen', null]]), scope)).toBe(true);
    expect(canReadDossier(actor(98, [['citizen', null]]), scope)).toBe(false);
  });
  it('coverage is by path prefix, so /1/1/ does not cover /1/10/', () => {
    expect(coversAny(actor(1, [['leader', '/1/1/']]), ['leader'], ['/1/10/'])).toBe(false);
    expect(coversAny(actor(1, [['leader', '/1/1/']]), ['leader'], ['/1/1/4/'])).toBe(true);
  });
});

describe('step holder', () => {
  const step = { role: 'specialist', agencyPath: '/1/5/9/', assigneeId: null };
  it('an unassigned step is held by officials of its role in its agency, and by its leaders', () => {
    expect(canHoldStep(actor(1, [['specialist', '/1/5/9/']]), step)).toBe(true);
    expect(canHoldStep(actor(1, [['specialist', '/1/5/8/']]), step)).toBe(false);
    expect(canHoldStep(actor(1, [['receiving_officer', '/1/5/9/']]), step)).toBe(false);
    expect(canHoldStep(actor(2, [['leader', '/1/5/']]), step)).toBe(true);
  });
  it('an assigned step is held by its assignee (and leaders) only', () => {
    const assigned = { ...step, assigneeId: 7 };
    expect(canHoldStep(actor(7, [['specialist', '/1/5/9/']]), assigned)).toBe(true);
    expect(canHoldStep(actor(8, [['specialist', '/1/5/9/']]), assigned)).toBe(false);
    expect(canHoldStep(actor(2, [['leader', '/1/5/']]), assigned)).toBe(true);
  });
});
