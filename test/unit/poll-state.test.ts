/** The typed poll_state column: one parse/serialize pair for the fetch job, WebSub and the folder watcher. Pure. */
import { mergePollState, parsePollState, serializePollState, type PollState } from '../../src/fetchers/poll-state';

describe('parsePollState', () => {
  it.each<[string, unknown, PollState]>([
    ['an empty state', {}, {}],
    [
      'what a poll writes',
      { ttl: 30, skip_hours: [0, 23], skip_days: ['sunday'], per_day: 2.5, hubs: ['https://hub.test/'] },
      { ttl: 30, skip_hours: [0, 23], skip_days: ['sunday'], per_day: 2.5, hubs: ['https://hub.test/'] },
    ],
    ['a feed without <ttl>', { ttl: null }, { ttl: null }],
    ['a folder feed', { path: '/srv/drop' }, { path: '/srv/drop' }],
    ['a URL feed as the config sync wrote it', { path: null }, { path: null }],
    ['hubs with junk members', { hubs: ['https://hub.test/', 7, null] }, { hubs: ['https://hub.test/'] }],
    ['one field of the wrong type', { ttl: 'soon', per_day: 3 }, { per_day: 3 }],
    ['hubs that are not a list', { hubs: 'https://hub.test/' }, {}],
    ['keys no release writes', { cursor: 'abc', per_day: 1 }, { per_day: 1 }],
    ['null', null, {}],
    ['a list', [1, 2], {}],
    ['a string', 'oops', {}],
  ])('%s', (_name, raw, want) => expect(parsePollState(raw)).toEqual(want));
});

describe('serializePollState', () => {
  it('round-trips through the column', () => {
    const state: PollState = { ttl: null, skip_hours: [3], skip_days: [], per_day: 0, hubs: [], path: null };
    expect(parsePollState(JSON.parse(serializePollState(state)))).toEqual(state);
  });

  it('leaves absent fields out', () => expect(serializePollState({ path: undefined, per_day: 1 })).toBe('{"per_day":1}'));
});

describe('mergePollState', () => {
  it('replaces what a poll learned anew and keeps the rest', () => {
    expect(mergePollState({ path: '/srv/drop', ttl: 60, hubs: ['https://a.test/'] }, { ttl: null, hubs: [] })).toEqual({
      path: '/srv/drop',
      ttl: null,
      hubs: [],
    });
  });
});
