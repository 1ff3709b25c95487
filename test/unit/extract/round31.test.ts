/**
 * Rules fixed on the thirty-first probe round (test/fixtures/probe-pages/dev: republished, dates-2, apac-english,
 * cee-agencies), constructed here in the shapes those pages showed. Names, places and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';
import { canonicalOutlet } from '../../../src/policy/outlets';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';

const STORY = [
  'The county ambulance service will stop overnight cover in the eastern valley from next month, officials said on Monday.',
  'Residents will instead be served from the station in the county seat, about forty minutes away by road in good weather.',
  'The association that runs the service said it could not find enough volunteers to staff the night shifts any longer.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

describe('republication credits', () => {
  it('reads a long one-sentence note ("… originally published by X, a nonprofit newsroom covering …, and is republished here …")', () =>
    expect(
      creditLine(
        'This story was originally published by The Cascade Ledger, a nonprofit newsroom covering health, environment and rural issues across the region, and is republished here under a Creative Commons license.',
      )?.source.name,
    ).toBe('The Cascade Ledger'));

  it('ends an outlet\'s name before "on <weekday>", so a print-edition note names the site itself', () => {
    expect(creditLine('This article appeared in the print edition of The Irish Ledger on Saturday, May 4, 2024.')?.source.name).toBe(
      'Irish Ledger',
    );
    const html = `<!doctype html><html lang="en"><head><title>Bypass plan approved | The Irish Ledger</title><meta property="og:site_name" content="The Irish Ledger"></head><body><article><h1>Bypass plan approved</h1>${STORY}<p><em>This article appeared in the print edition of The Irish Ledger on Saturday, May 4, 2024.</em></p></article></body></html>`;
    expect(extractArticle(html, 'https://www.irishledger.example/news/bypass')?.original_source).toBeNull();
  });

  it('reads the wire a portal\'s disclaimer names ("auto-generated from a syndicated Bernama feed")', () => {
    expect(
      creditLine('This article is auto-generated from a syndicated Bernama feed. The site has not edited the content.')?.source.name,
    ).toBe('Bernama');
    expect(creditLine('We built the page from a syndicated weather feed.')).toBeNull();
  });

  it('knows United News of Bangladesh', () => expect(canonicalOutlet('UNB')).toBe('UNB'));
});

describe("the publication day in the site's zone when the page prints no day", () => {
  const page = (printed: string) =>
    `<!doctype html><html lang="en-AU"><head><title>Labour Day crowds</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Labour Day crowds","datePublished":"2024-03-11T19:05:00Z"}</script></head><body><article><h1>Labour Day crowds</h1><p class="meta">Posted <time datetime="2024-03-11T19:05:00Z">${printed}</time></p>${STORY}</article></body></html>`;

  it('takes the URL\'s day, written in the site\'s zone, for an instant in UTC printed only as "3h ago"', () => {
    const at = extractArticle(page('3h ago'), 'https://www.abc.example/news/2024-03-12/labour-day-crowds/1234', {
      now: '2024-03-12T01:00:00Z',
    })?.published_at;
    expect(at?.slice(0, 10)).toBe('2024-03-12');
    expect(Date.parse(at!)).toBe(Date.parse('2024-03-11T19:05:00Z')); // the same instant
  });

  it('keeps the UTC day when the URL carries none', () => {
    const url = 'https://www.abc.example/news/labour-day-crowds/1234';
    expect(extractArticle(page('3h ago'), url, { now: '2024-03-12T01:00:00Z' })?.published_at?.slice(0, 10)).toBe('2024-03-11');
  });
});

describe('the Slovak and Czech by-words (cee-agencies/sk-tasr-obchvat-vysne-hradiste)', () => {
  it.each([
    ['Napísal(a) Jana Lukáčová (TASR)', ['Jana Lukáčová']],
    ['Napísala Jana Lukáčová', ['Jana Lukáčová']],
    ['Napsal Petr Novák', ['Petr Novák']],
  ])('reads %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));
});

describe('rules fixed on the thirty-second probe round (dev: es-web-2, fr-web-2, it-pt-web-2)', () => {
  it('reads a story whose container a class word negates as furniture ("entry-content no-share", a JNews theme)', () => {
    const story = [
      'Tres noches consecutivas de heladas dejaron más de seiscientas hectáreas de papa afectadas en el distrito, según el primer reporte.',
      'Los productores de seis anexos aseguran que las pérdidas alcanzan hasta el ochenta por ciento de lo sembrado esta campaña.',
      'La agencia agraria informó que sus técnicos iniciaron el empadronamiento de los productores afectados en la zona alta.',
    ];
    const html = `<!doctype html><html lang="es"><head><title>Heladas dañan la papa</title></head><body><div class="jeg_main"><div class="jeg_inner_content"><h1 class="jeg_post_title">Heladas dañan la papa</h1><div class="entry-content no-share"><div class="content-inner">${story.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="jeg_share_button"><a href="#">Compartir</a></div></div></div></body></html>`;
    const a = extractArticle(html, 'https://sierra.example/regional/heladas');
    expect(a?.text).toContain(story[1]);
    expect(a?.text).not.toContain('Compartir');
  });

  it.each([
    '- Publicité -',
    '- Pubblicità -',
    'PUBLICIDADE',
    'Lu 3 418 fois',
    'Cet article vous a été utile ?',
    'Was this article helpful?',
    'Vous avez trouvé une erreur?',
  ])('chrome: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each(['Lu par des milliers de lecteurs, le journal a fermé.', 'Publicidade enganosa é crime, lembrou o procurador.'])(
    'story: %j',
    (line) => expect(isBoilerplateLine(line)).toBe(false),
  );
});
