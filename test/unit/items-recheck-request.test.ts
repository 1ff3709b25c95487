/** `wireroom items recheck` options → the request it makes (pure). */
import { recheckRequest } from '../../src/cli/items';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('recheckRequest', () => {
  it('combines the filters it is given', () => {
    expect(recheckRequest({ source: 'wire-a', since: '24h', item: ['3,4', '9'] }, NOW)).toEqual({
      sourceId: 'wire-a',
      publishedSince: new Date('2026-11-27T12:00:00Z'),
      itemIds: [3, 4, 9],
    });
  });

  it('takes --all as every published item, and nothing else as a mistake', () => {
    expect(recheckRequest({ all: true }, NOW)).toEqual({});
    expect(() => recheckRequest({}, NOW)).toThrow(/say which items: --source <id>/);
  });

  it('refuses a --since that is not a positive duration and an --item that is not an id', () => {
    expect(() => recheckRequest({ since: '0' }, NOW)).toThrow(/--since must be a duration/);
    expect(() => recheckRequest({ since: 'last week' }, NOW)).toThrow(/got "last week"/);
    expect(() => recheckRequest({ item: ['-1'] }, NOW)).toThrow(/--item takes item ids/);
  });
});
