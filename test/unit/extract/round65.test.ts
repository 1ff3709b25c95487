/**
 * Rules fixed on the sixty-fifth probe round (test/fixtures/probe-pages/dev: Philippine national press, South African national
 * press, Hungarian national press, Nordic regional papers), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const HU = [
  'Négy év börtönbüntetést kapott hivatali visszaélésért a község volt polgármestere a törvényszéken kedden.',
  'A bíróság szerint a volt polgármester három éven át saját cégének játszotta át az önkormányzati megbízásokat.',
  'A védelem felmentésért fellebbezett, az ügyészség tudomásul vette az ítéletet.',
  'Az ítélet nem jogerős, az ügy a táblabíróság elé kerül.',
  'A községben időközi választást tartottak tavaly ősszel.',
];

const AF = [
  'Die suiwelfabriek op die dorp sluit aan die einde van die maand, en meer as tweehonderd werkers verloor hul werk.',
  'Die maatskappy sê die stygende koste van elektrisiteit en brandstof het die fabriek onwinsgewend gemaak.',
  'Boere in die omgewing moet nou hul melk na ’n fabriek meer as honderd kilometer ver stuur.',
  'Die munisipaliteit het ’n vergadering met die maatskappy aangevra om die sluiting te bespreek.',
];

describe('the round', () => {
  it('a Hungarian author field ("field--name-field-szerzo", a link to /szerzo/)', () => {
    const html = `<!doctype html><html lang="hu"><head><title>Négy év börtön</title></head><body><article><h1>Négy év börtönt kapott a volt polgármester</h1><div class="node__meta"><div class="field field--name-field-szerzo"><div class="field__item"><a href="/szerzo/nagy-dora">Nagy Dóra</a></div></div></div>${paras(HU)}</article></body></html>`;
    expect(extractArticle(html, 'https://hirlap.example/belfold/20240605/negy-ev')?.authors).toEqual(['Nagy Dóra']);
  });

  it('an Afrikaans translation note names the original outlet', () => {
    const html = `<!doctype html><html lang="af"><head><title>Suiwelfabriek sluit</title></head><body><article><h1>Suiwelfabriek sluit</h1><p><em>Hierdie is 'n vertaling van 'n artikel wat oorspronklik op Nuus Nou verskyn het.</em></p>${paras(AF)}</article></body></html>`;
    expect(extractArticle(html, 'https://netwerk.example/nuus/suiwelfabriek-sluit')?.original_source?.name).toBe('Nuus Nou');
  });

  it.each([
    ['African News Agency (ANA)', 'African News Agency'],
    ['Sapa', 'Sapa'],
    ['ANA', null], // the acronym alone is an airline's and other agencies'
  ])('%j', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));
});
