/** The item-status table: who may move an item from what to what, and the webhook event of each move. */
import {
  ITEM_STATUSES,
  NEVER_OUT,
  STATUS_MOVES,
  STICKY_STATUSES,
  TAKEN_DOWN,
  mayMove,
  moveEvents,
  moveProblem,
  webhookEvent,
  type StatusMoveName,
} from '../../../src/policy/item-status';
import { transitionProblem } from '../../../src/publish/editor/edit-plan';
import { WEBHOOK_EVENTS } from '../../../src/settings/feeds-schema';

describe('who may move an item from what', () => {
  it.each<[StatusMoveName, string, boolean]>([
    ['approve', 'queued', true],
    ['approve', 'held', true],
    ['approve', 'rejected', true],
    ['approve', 'unpublished', true],
    ['approve', 'published', false],
    ['approve', 'withdrawn', false],
    ['approve', 'duplicate', false],
    ['reject', 'queued', true],
    ['reject', 'published', false],
    ['unpublish', 'published', true],
    ['unpublish', 'queued', false],
    ['gone', 'published', true],
    ['gone', 'queued', false],
    ['wire-kill', 'queued', true],
    ['wire-kill', 'held', true],
    ['wire-kill', 'rejected', false],
    ['source-update', 'published', true],
    ['source-update', 'withdrawn', false],
    ['ingest', 'new', true],
    ['ingest', 'queued', false],
  ])('%s from %s → %s', (move, from, allowed) => {
    expect(mayMove(move, from as never)).toBe(allowed);
    expect(moveProblem(move, from) === null).toBe(allowed);
  });

  it('explains a refused editor move the way the desk shows it', () => {
    expect(transitionProblem('unpublish', 'queued')).toBe('cannot unpublish an item that is queued (only published)');
    expect(transitionProblem('approve', 'withdrawn')).toBe(
      'cannot approve an item that is withdrawn (only queued, held, rejected, unpublished)',
    );
  });
});

describe('webhook events', () => {
  it.each<[StatusMoveName, string, string, boolean, string | null]>([
    ['ingest', 'new', 'published', false, 'item.published'],
    ['ingest', 'new', 'queued', false, null],
    ['approve', 'queued', 'published', false, 'item.published'],
    ['approve', 'unpublished', 'published', false, 'item.published'],
    ['reject', 'queued', 'rejected', false, null],
    ['unpublish', 'published', 'unpublished', false, 'item.withdrawn'],
    ['gone', 'published', 'withdrawn', false, 'item.withdrawn'],
    ['wire-kill', 'published', 'withdrawn', false, 'item.withdrawn'],
    ['wire-kill', 'queued', 'withdrawn', false, null],
    ['source-update', 'published', 'published', true, 'item.updated'],
    ['source-update', 'published', 'published', false, null],
    ['source-update', 'published', 'queued', true, 'item.withdrawn'],
    ['edit', 'published', 'published', true, 'item.updated'],
    ['merge', 'published', 'duplicate', false, 'item.withdrawn'],
    ['split', 'duplicate', 'queued', false, null],
  ])('%s %s → %s (changed %s) emits %s', (move, from, to, changed, event) => {
    const row = moveEvents(move, changed).find((e) => e.from === from && e.to === to);
    expect(row).toBeDefined();
    expect(row!.event).toBe(event);
  });

  it('can emit every event a webhook may subscribe to, and no other', () => {
    const emitted = new Set(
      ['new' as const, ...ITEM_STATUSES]
        .flatMap((from) => ITEM_STATUSES.flatMap((to) => [true, false].map((c) => webhookEvent(from, to, c))))
        .filter((e) => e !== null),
    );
    expect([...emitted].sort()).toEqual([...WEBHOOK_EVENTS].sort());
  });

  it('emits item.published only on the way out and item.withdrawn only on the way back', () => {
    for (const from of ['new', ...ITEM_STATUSES] as const) {
      for (const to of ITEM_STATUSES) {
        const e = webhookEvent(from, to, true);
        if (e === 'item.published') expect(from !== 'published' && to === 'published').toBe(true);
        if (e === 'item.withdrawn') expect(from === 'published' && to !== 'published').toBe(true);
        if (e === 'item.updated') expect(from === 'published' && to === 'published').toBe(true);
      }
    }
  });
});

describe('derived sets', () => {
  it('an update at the source leaves editor and source decisions alone', () =>
    expect([...STICKY_STATUSES].sort()).toEqual(['duplicate', 'rejected', 'unpublished', 'withdrawn']));
  it('the API answers 410 for items taken down', () => expect([...TAKEN_DOWN].sort()).toEqual(['unpublished', 'withdrawn']));
  it('a story head that never goes out does not swallow a copy', () =>
    expect([...NEVER_OUT].sort()).toEqual(['held', 'rejected', 'unpublished', 'withdrawn']));
  it('every move names statuses of the table', () => {
    for (const m of Object.values(STATUS_MOVES)) for (const s of [...m.from, ...m.to]) expect(['new', ...ITEM_STATUSES]).toContain(s);
  });
});
