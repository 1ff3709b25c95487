/**
 * Rules fixed on the forty-fourth probe round (test/fixtures/probe-pages/dev: the western Balkans' news, pets and animals,
 * startup press of emerging markets, architecture and design media), constructed here in the shapes those pages showed.
 * Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { canonicalOutlet } from '../../../src/policy/outlets';

const STORY = [
  'The old mill on the river will be restored over the next two years after the heritage board approved the plans on Tuesday.',
  'Its wooden cap and sails had been taken down in 2019, when an inspection found rot in the main shaft and in two of the beams.',
  'The owners expect the works to cost about four million and hope to open the mill to visitors again in the summer of 2026.',
  'A local carpenters’ guild will train six apprentices on the site, where the old techniques are to be used wherever possible.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const page = (opts: { lang?: string; head?: string; top?: string; end?: string; long?: boolean }) =>
  `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>The mill will turn again</title>${opts.head ?? ''}</head><body><article>
  <h1>The mill will turn again</h1>${opts.top ?? ''}<div class="body">${paras(opts.long ? [...STORY, ...STORY, ...STORY] : STORY)}${opts.end ?? ''}</div></article></body></html>`;
const URL = 'https://heritage.example/news/mill-restoration';

describe('a desk in the languages of the western Balkans', () => {
  it.each([['Од Редакција'], ['Redakcija'], ['Redaksia'], ['Uredništvo']])('is no writer: %j', (line) =>
    expect(bylineNames(line, [], '')).toEqual([]),
  );
});

describe('dates in Albanian and in a Japanese era', () => {
  it.each([
    ['E mërkurë, 12 Tetor 2022 - 09:45', '2022-10-12'],
    ['3 nëntor 2021', '2021-11-03'],
    ['公開日：令和6年2月9日', '2024-02-09'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
  ])('are read: %j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));
});

describe('a writer credited by a label after the story', () => {
  // a long story: the lines read below the headline do not reach its end
  const authors = (end: string, lang = 'en') => extractArticle(page({ lang, end, long: true }), URL)?.authors ?? [];

  it.each([
    ['<p><strong>Autoren:</strong> Henrike Albers, Tobias Reinhardt</p>', 'de', ['Henrike Albers', 'Tobias Reinhardt']],
    ['<p>Autorica: Lejla Mujkić | Kamera: Damir Hasić | Montaža: Emir Pašić</p>', 'bs', ['Lejla Mujkić']],
    ['<p><em>Propos recueillis par Mariam Koné-Diabaté</em></p>', 'fr', ['Mariam Koné-Diabaté']],
  ])('%j', (end, lang, want) => expect(authors(end, lang)).toEqual(want));

  it('keeps every structured author a plural label lists line by line ("Autoren:" over a list)', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"The mill will turn again","author":[{"@type":"Person","name":"Katharina Wellenhof"},{"@type":"Person","name":"Jonas Brettschneider"}]}</script>`;
    const top = `<div class="news-authors"><span class="label">Autoren:</span><ul><li itemprop="author"><a href="/anwaelte/wellenhof">Dr. Katharina Wellenhof</a>, Rechtsanwältin</li><li itemprop="author"><a href="/anwaelte/brettschneider">Jonas Brettschneider</a>, Rechtsanwalt</li></ul></div>`;
    expect(extractArticle(page({ lang: 'de', head: ld, top }), URL)?.authors).toEqual(['Katharina Wellenhof', 'Jonas Brettschneider']);
  });
});

describe('agencies of the western Balkans', () => {
  it('credits the agency an Albanian source label names', () =>
    expect(extractArticle(page({ lang: 'sq', end: '<p>Burimi: ATA</p>' }), URL)?.original_source?.canonical_name).toBe('ATA'));

  it('knows MIA and ATA in capitals only ("Mia" is a given name)', () => {
    expect(canonicalOutlet('МИА')).toBe('MIA');
    expect(canonicalOutlet('ATA')).toBe('ATA');
    expect(canonicalOutlet('Mia')).toBeNull();
  });

  it('credits a dateline’s agency that the desk’s byline names after its own name', () => {
    const top = '<div class="byline">Redacción Obra Diaria | Colpres</div>';
    const lead = '<p>Valdeoros (Colpres).- The association of concrete makers expects public housing tenders to grow by 7% this year.</p>';
    const html = page({ lang: 'es', top, end: '' }).replace('<div class="body">', `<div class="body">${lead}`);
    expect(extractArticle(html, URL)?.original_source?.name).toBe('Colpres');
  });
});

describe('prompts after the story', () => {
  it.each([
    ['Приметили сте грешку у тексту? Означите је и пошаљите нам поруку.'],
    ['Uočili ste grešku? Javite nam.'],
    ['Je li vam ovaj članak bio koristan?'],
    ['Czy ten artykuł był pomocny?'],
    ['Was dit artikel nuttig?'],
  ])('is chrome: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));
});

describe('a standfirst in a field of its own before the story’s body', () => {
  const LEAD = 'From this week, inland vessels and coasters at the quay can switch off their engines and take power from the shore.';
  const html = (lead: string, cls = 'lead') =>
    `<!doctype html><html lang="en"><head><title>Shore power at the quay</title></head><body><article itemscope itemtype="http://schema.org/Article">
    <div class="header"><h1 itemprop="headline">Shore power at the quay</h1></div>
    <div class="${cls}" itemprop="${cls === 'lead' ? 'description' : ''}">${lead}</div>
    <div class="news-img-wrap"><img src="/a.jpg" alt=""><p class="caption">One of the six shore power cabinets.</p></div>
    <div class="news-text-wrap" itemprop="articleBody">${paras([...STORY, ...STORY])}</div></article></body></html>`;
  const text = (h: string) => extractArticle(h, 'https://port.example/news/shore-power')?.text ?? '';

  it('opens the story’s text (TYPO3’s "lead" field, itemprop="description")', () =>
    expect(text(html(`<p>${LEAD}</p>`)).startsWith(LEAD)).toBe(true));

  it('is read by its class in other languages ("manchet", "chapeau", "entradilla")', () =>
    expect(text(html(`<p>${LEAD}</p>`, 'field field--name-field-manchet')).startsWith(LEAD)).toBe(true));

  it('is not a box of bullet points or a block of another class before the body', () => {
    expect(text(html(`<ul><li>${LEAD}</li><li>${LEAD}</li></ul>`))).not.toContain(LEAD);
    expect(text(html(`<p>${LEAD}</p>`, 'promo-box'))).not.toContain(LEAD);
  });
});
