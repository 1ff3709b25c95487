/** Outlet identity: one `sameOutlet` for extraction and credit lines, and credit lines that name an outlet once. */
import { renderCreditLine } from '../../../src/policy/credit-line';
import { sameOutlet, type OutletLike } from '../../../src/policy/outlets';

describe('sameOutlet', () => {
  it.each<[OutletLike, OutletLike, boolean]>([
    ['Reuters', 'Thomson Reuters', true],
    ['AFP', 'Agence France-Presse', true],
    ['AP', 'The Associated Press', true],
    ['RT', 'Russia Today', true],
    ['dpa', 'Deutsche Presse-Agentur', true],
    ['RT NEWS', 'RT', true],
    ['reuters.com', 'Reuters', true],
    ['BBC News', 'https://www.bbc.co.uk/news/world-123', true],
    ['Live Science', 'LiveScience', true],
    ['The Texas Tribune', 'Texas Tribune', true],
    // an article in the name's own language (round 28: "DIE WOCHENPOST" as og:site_name, "WOCHENPOST" in a note)
    ['DIE WOCHENPOST', 'Wochenpost', true],
    ['De Telegraaf', 'Telegraaf', true],
    ['Le Monde', 'Le Figaro', false],
    ['AP', 'AFP', false],
    ['Reuters', 'Bloomberg', false],
    ['RT', '247 City News', false],
    ['City', '247 City News', false],
    ['Sputnik', 'RT', false],
    // A name that is all decoration still names the outlet called so (issue 16: "Source: WIRE" on the Wire's own item).
    ['WIRE', 'Wire', true],
    ['The News', 'NEWS', true],
    ['WIRE', 'Wire Desk', false],
    ['WIRE', 'News', false],
    ['', 'Reuters', false],
    [null, 'Reuters', false],
  ])('%j and %j → %s', (a, b, same) => {
    expect(sameOutlet(a, b)).toBe(same);
    expect(sameOutlet(b, a)).toBe(same);
  });

  it.each<[OutletLike, OutletLike, boolean]>([
    [{ name: 'City Desk', id: 'city' }, { name: '247 City News', id: 'city' }, true],
    [{ name: 'Metro Daily', homepage: 'https://www.metro-daily.example/' }, 'https://metro-daily.example/story/1', true],
    [
      { name: 'Metro Daily', homepage: 'https://metro-daily.example/' },
      { name: 'Metro Weekly', homepage: 'https://metro-weekly.example/' },
      false,
    ],
    [{ name: 'Le Monde', aliases: ['lemonde.fr', 'Journal Le Monde'] }, 'Journal Le Monde', true],
    [{ name: 'City Desk', id: 'city' }, { name: 'Town Desk', id: 'town' }, false],
    [{ name: 'Wire', id: 'wire', homepage: 'https://wire.test/' }, { name: 'WIRE', homepage: null }, true],
  ])('source %j and %j → %s', (a, b, same) => {
    expect(sameOutlet(a, b)).toBe(same);
    expect(sameOutlet(b, a)).toBe(same);
  });
});

describe('credit lines name an outlet once', () => {
  it.each([
    [{ source: 'AFP', original: 'Agence France-Presse' }, 'Source: AFP'],
    [{ source: 'Reuters', original: 'Thomson Reuters' }, 'Source: Reuters'],
    [{ source: 'The Associated Press', original: 'AP' }, 'Source: The Associated Press'],
    [
      {
        source: 'Metro Daily',
        sourceHomepage: 'https://metro-daily.example/',
        original: 'METRO',
        originalUrl: 'https://metro-daily.example/a/1',
      },
      'Source: Metro Daily',
    ],
    [{ source: '247 City News', original: 'RT' }, 'Source: RT, via 247 City News'],
    [{ source: 'Wire', sourceId: 'wire', original: 'WIRE' }, 'Source: Wire'],
    [{ source: '247 City News', original: 'Agence France-Presse' }, 'Source: Agence France-Presse, via 247 City News'],
  ])('%j → %s', (facts, line) => expect(renderCreditLine('Source: {source}', facts)).toBe(line));

  it.each([
    ['{original} via {source}', { source: 'NPR' }, 'NPR'],
    ['{original} via {source}', { source: 'AFP', original: 'Agence France-Presse' }, 'AFP'],
    ['{original} via {source}', { source: '247 City News', original: 'RT' }, 'RT via 247 City News'],
    ['Source: {source} (original: {original})', { source: 'Reuters', original: 'Thomson Reuters' }, 'Source: Reuters'],
    ['Source: {source} ({author})', { source: 'AFP', author: 'AFP' }, 'Source: AFP'],
    [
      'Source: {source} ({author})',
      { source: 'Metro Daily', author: 'Reuters', original: 'Thomson Reuters' },
      'Source: Thomson Reuters, via Metro Daily',
    ],
    ['Source: {source} ({author})', { source: 'NPR', author: 'Jane Roe' }, 'Source: NPR (Jane Roe)'],
  ])('%s with %j → %s', (template, facts, line) => expect(renderCreditLine(template, facts)).toBe(line));
});
