/**
 * Rules fixed on the forty-eighth probe round (test/fixtures/probe-pages/dev: local news of the Baltic states, Finland
 * and Iceland, provincial Latin America), constructed here in the shapes those pages showed. Names are made up.
 */
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

describe('desks of the round', () => {
  it.each([['Kirjoittaja Toimitus'], ['Toimitus'], ['Secom Itacoaraí'], ['Ascom Prefeitura'], ['por Secom Itacoaraí']])(
    'are no writer: %j',
    (line) => expect(bylineNames(line, [], '')).toEqual([]),
  );

  it('a Finnish "Kirjoittaja" (writer) before a person names the person', () =>
    expect(creditedNames('Kirjoittaja Heikki Rautio', [], 'fi')).toEqual(['Heikki Rautio']));
});
