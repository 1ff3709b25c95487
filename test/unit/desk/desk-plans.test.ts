/** The desk's pure plans for two editors: the soft lock, the version check, and the conflict sentences. */
import { LOCK_TTL_MS, planLock, type ItemLock, type LockPlan } from '../../../src/publish/editor/lock-plan';
import {
  checkVersion,
  describeChange,
  parseRevision,
  parseSnapshot,
  shortHash,
  snapshotOf,
  type DeskSnapshot,
  type VersionCheck,
} from '../../../src/publish/editor/version-check';

const NOW = new Date('2026-12-05T10:50:00Z');
const at = (min: number) => new Date(NOW.getTime() + min * 60_000);
const lock = (username: string, sinceMin: number, expiresMin: number): ItemLock => ({
  username,
  since: at(sinceMin),
  expiresAt: at(expiresMin),
});
const RENEWED = at(LOCK_TTL_MS / 60_000);

describe('planLock', () => {
  it.each<[string, ItemLock | null, boolean, LockPlan]>([
    ['a free item: taken', null, false, { kind: 'take', lock: { username: 'ella', since: NOW, expiresAt: RENEWED }, from: null }],
    [
      'own lock: renewed, since kept',
      lock('ella', -8, 2),
      false,
      { kind: 'renew', lock: { username: 'ella', since: at(-8), expiresAt: RENEWED } },
    ],
    ["someone else's live lock: shown, not taken", lock('bob', -8, 2), false, { kind: 'held', lock: lock('bob', -8, 2) }],
    [
      "someone else's expired lock: taken, nobody's taken over",
      lock('bob', -20, -10),
      false,
      { kind: 'take', lock: { username: 'ella', since: NOW, expiresAt: RENEWED }, from: null },
    ],
    [
      'expiring exactly now counts as expired',
      lock('bob', -10, 0),
      false,
      { kind: 'take', lock: { username: 'ella', since: NOW, expiresAt: RENEWED }, from: null },
    ],
    [
      "taking over someone else's live lock",
      lock('bob', -8, 2),
      true,
      { kind: 'take', lock: { username: 'ella', since: NOW, expiresAt: RENEWED }, from: 'bob' },
    ],
    [
      "taking over one's own lock: renewed",
      lock('ella', -8, 2),
      true,
      { kind: 'renew', lock: { username: 'ella', since: at(-8), expiresAt: RENEWED } },
    ],
  ])('%s', (_name, current, takeOver, expected) => {
    expect(planLock(current, 'ella', NOW, takeOver)).toEqual(expected);
  });
});

const ITEM = {
  title: 'Harbour reopens',
  summary: null,
  credit_override: null,
  status: 'queued',
  version: 1,
  content_html: '<p>Ships returned.</p>',
  pending_update: null,
};
const BASE: DeskSnapshot = snapshotOf(ITEM);

describe('checkVersion', () => {
  it.each<[string, number | undefined, Partial<DeskSnapshot> | null, DeskSnapshot, VersionCheck]>([
    ['no revision sent: no check (scripts that do not ask)', undefined, null, { ...BASE, title: 'Other' }, { ok: true }],
    ['same revision: fresh', 4, BASE, BASE, { ok: true }],
    [
      'newer revision: the headline another editor changed',
      3,
      BASE,
      { ...BASE, title: 'Harbour reopens to ferries' },
      { ok: false, rev: 4, changes: [{ field: 'title', from: 'Harbour reopens', to: 'Harbour reopens to ferries' }] },
    ],
    [
      'newer revision: approved and its body edited meanwhile',
      3,
      BASE,
      { ...BASE, status: 'published', body: shortHash('<p>Ships are back.</p>') },
      {
        ok: false,
        rev: 4,
        changes: [
          { field: 'body', from: BASE.body, to: shortHash('<p>Ships are back.</p>') },
          { field: 'status', from: 'queued', to: 'published' },
        ],
      },
    ],
    [
      'a source update arrived while the form was open',
      3,
      BASE,
      { ...BASE, pending: 2 },
      { ok: false, rev: 4, changes: [{ field: 'pending', from: null, to: '2' }] },
    ],
  ])('%s', (_name, sent, base, current, expected) => {
    expect(checkVersion(sent, 4, current, base)).toEqual(expected);
  });

  it('without a snapshot every field is reported with its current value', () => {
    const check = checkVersion(2, 4, BASE, null);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.changes.map((c) => c.field)).toEqual(['title', 'summary', 'credit', 'body', 'status', 'version', 'pending']);
  });
});

describe('form values', () => {
  it.each<[unknown, number | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['7', 7],
    [' 12 ', 12],
    [3, 3],
    ['0', NaN],
    ['seven', NaN],
    ['1e3', NaN],
  ])('parseRevision(%p) = %p', (raw, expected) => {
    expect(parseRevision(raw)).toEqual(expected);
  });

  it('reads a snapshot back, and ignores what is not one', () => {
    expect(parseSnapshot(JSON.stringify(BASE))).toEqual(BASE);
    expect(parseSnapshot('[1,2]')).toBeNull();
    expect(parseSnapshot('{not json')).toBeNull();
    expect(parseSnapshot(undefined)).toBeNull();
  });
});

describe('describeChange', () => {
  it.each([
    [{ field: 'title', from: 'A', to: 'B' }, 'the headline changed from “A” to “B”'],
    [{ field: 'credit', from: null, to: 'Reporting: X' }, 'the credit line changed from nothing to “Reporting: X”'],
    [{ field: 'body', from: 'a', to: 'b' }, 'the body was edited'],
    [{ field: 'pending', from: null, to: '3' }, 'a source update (version 3) arrived'],
    [{ field: 'pending', from: '3', to: null }, 'the waiting source update was settled'],
    [{ field: 'status', from: 'queued', to: 'published' }, 'the status changed from “queued” to “published”'],
  ] as const)('%p', (change, sentence) => {
    expect(describeChange(change)).toBe(sentence);
  });
});
