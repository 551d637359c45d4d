import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventLabels as serverEventLabels } from '../../src/dossiers/event-labels';
import { dossierEventTypes } from '../../src/dossiers/dossier-events';
import { channelLabels, dossierStatusLabels, outcomeLabels, returnMethodLabels } from '../../src/dossiers/vocabulary';
import { roleLabels } from '../../src/accounts/roles';
import { durationUnitLabels } from '../../src/calendar/duration';
import * as web from '../../web/src/components/dossier/labels';

/** The `KEY: 'text'` entries of the front end's copy, read as text: the bundle and the server never share a module. */
function webEventLabels(): Record<string, string> {
  const source = readFileSync(new URL('../../web/src/components/dossier/event-labels.ts', import.meta.url), 'utf8');
  const body = source.slice(source.indexOf('{', source.indexOf('eventLabels')), source.indexOf('};'));
  return Object.fromEntries([...body.matchAll(/^\s*([A-Z_]+):\s*'([^']*)',?\s*$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('front-end labels stay equal to the server vocabulary', () => {
  it('event labels: same keys, same Vietnamese texts, every event type covered', () => {
    const copy = webEventLabels();
    expect(Object.keys(copy).length).toBeGreaterThan(10);
    expect(copy).toEqual({ ...serverEventLabels });
    expect(Object.keys(copy).sort()).toEqual(Object.keys(dossierEventTypes).sort());
  });

  it('status, channel, outcome, return method, role and time unit labels', () => {
    expect(web.statusLabels).toEqual(dossierStatusLabels);
    expect(web.channelLabels).toEqual(channelLabels);
    expect(web.outcomeLabels).toEqual(outcomeLabels);
    expect(web.returnMethodLabels).toEqual(returnMethodLabels);
    expect(web.roleLabels).toEqual(roleLabels);
    expect(web.timeUnitLabels).toEqual(durationUnitLabels);
    expect(Object.keys(web.statusColors).sort()).toEqual(Object.keys(dossierStatusLabels).sort());
  });
});
