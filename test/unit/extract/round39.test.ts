/**
 * Rules fixed on the thirty-ninth probe round (test/fixtures/probe-pages/dev: legal news), constructed here in the shapes
 * those pages showed. Names, firms, courts and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { findAttribution } from '../../../src/workers/extract/attribution';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';
import { canonicalOutlet } from '../../../src/policy/outlets';

describe('a law firm’s writers', () => {
  it.each([
    ['Rhiannon Pryce-Evans, Partner, and Tobias Marchetti, Senior Associate', ['Rhiannon Pryce-Evans', 'Tobias Marchetti']],
    ['Anna Dunst, Max Muster, and Eva Roe', ['Anna Dunst', 'Max Muster', 'Eva Roe']],
    ['By Jane Roe, Of Counsel', ['Jane Roe']],
    ['Jane Roe, Solicitor, and John Doe, Trainee Solicitor', ['Jane Roe', 'John Doe']],
  ])('are read from %j (a comma before the last "and", roles after the names)', (line, want) => expect(bylineNames(line)).toEqual(want));

  it.each([
    ['mr. Sanne de Vries-Korteweg', ['Sanne de Vries-Korteweg']],
    ['mr. dr. Bart Hoogendijk', ['Bart Hoogendijk']],
    ['ir. Pieter Zwart', ['Pieter Zwart']],
  ])('are read without the Dutch titles in lower case: %j', (name, want) => expect(creditedNames(name, [], 'nl')).toEqual(want));

  it('are read from a byline paragraph whose class runs the words together ("articleauthors")', () => {
    const story = [
      'Employers who pay irregular hours workers rolled-up holiday pay will welcome the first appellate guidance on the calculation.',
      'The tribunal confirmed that the percentage must be applied to all pay for time worked, including overtime and shift premiums.',
      'Genuinely occasional payments, such as a one-off bonus for covering an emergency shift, might fall outside the calculation.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = `<!doctype html><html lang="en-GB"><head><title>Rolled-up holiday pay</title><meta name="author" content="Whitcombe Arden LLP"></head><body><table><tr><td>
<h1 class="pagetitle">Rolled-up holiday pay: first guidance</h1><p class="articledate">22nd January 2025</p>
<p class="articleauthors">Rhiannon Pryce-Evans, Partner, and Tobias Marchetti, Senior Associate</p><div class="articlebody">${story}</div></td></tr></table></body></html>`;
    expect(extractArticle(html, 'https://firm.example/knowledge-centre/articles/holiday-pay.aspx')?.authors).toEqual([
      'Rhiannon Pryce-Evans',
      'Tobias Marchetti',
    ]);
  });
});

describe('a related story set between the paragraphs', () => {
  const PARAGRAPHS = [
    'Councillors in the town will decide on Thursday whether to pay a third more for the footbridge over the river.',
    'The bridge, 84 metres long, would link the old town with the new estate, where about 1,800 people live today.',
    'If the councillors do not approve the budget change, the town will have to repeat the tender and may lose its state grant.',
  ];
  const page = (box: string, lang: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Footbridge</title></head><body><article><h1>Footbridge costs rise</h1><div class="field--name-body"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${box}<p>${PARAGRAPHS[2]}</p></div></article></body></html>`;
  const text = (html: string) => extractArticle(html, 'https://local.example/news/footbridge')?.text ?? '';

  it('is left out when its box is an "embedded-related" one', () => {
    const box =
      '<div class="embedded-related"><span class="embedded-related__label">Also on Local News</span><a href="/news/old-bridge">On the old bridge pedestrians walk on the road</a></div>';
    expect(text(page(box, 'en'))).not.toContain('pedestrians walk on the road');
  });

  it.each([
    ['sl', 'Preberite tudi:'],
    ['hr', 'Pročitajte i:'],
    ['bg', 'Прочетете още:'],
    ['hu', 'Ezt is olvasd el:'],
    ['ro', 'Citește și:'],
    ['sk', 'Prečítajte si aj:'],
  ])('is left out under its label in the language of the page (%s %j)', (lang, label) => {
    const box = `<p><strong>${label}</strong> <a href="/news/old-bridge">Na starem mostu pešci hodijo po vozišču</a></p>`;
    const t = text(page(box, lang));
    expect(t).toContain('repeat the tender');
    expect(t).not.toContain('pešci hodijo');
  });
});

describe('a line pointing past an advertisement or a video', () => {
  const PARAGRAPHS = [
    'An itchy rash, blisters all over the body and a fever are the signs of chickenpox, one of the commonest illnesses of small children.',
    'It usually passes mildly, but in some cases parents should see a doctor quickly, the paediatrician said.',
    'Treatment is above all of the symptoms: cooling the skin, trimming the child’s nails and giving plenty to drink.',
  ];
  const page = (line: string) =>
    `<!doctype html><html><head><title>Chickenpox</title></head><body><article><h1>Chickenpox</h1><div class="body"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p class="info">${line}</p><p>${PARAGRAPHS[2]}</p></div></article></body></html>`;
  it.each([
    ['Dalsza część artykułu pod materiałem wideo'],
    ['Článek pokračuje pod reklamou'],
    ['Het artikel gaat verder onder de advertentie'],
    ["L'articolo continua dopo la pubblicità"],
    ['Continua depois da publicidade'],
  ])('is left out: %j', (line) => expect(extractArticle(page(line), 'https://family.example/health/chickenpox')?.text).not.toContain(line));
});

describe('an old table layout with no heading tags', () => {
  const STORY = [
    'A neighbourhood grill with paper tablecloths and a grill master who never hurries: we went on a Sunday after the market.',
    'The flank steak arrives after forty minutes, crisp outside and pink within, with nothing but salt on it.',
    'Prices are fair for the portions, and on weekends the queue reaches the corner before one o’clock.',
    'It is worth the trip across the city, even if the dessert menu has not changed in twenty years.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');
  const page = (
    note: string,
  ) => `<!doctype html><html lang="es"><head><title>Parrilla Don Anselmo (Mataderos) - Guía de Sabores</title></head><body>
<table><tr><td width="160"><a href="/cocina.php?c=parrilla">Parrillas</a><br><a href="/cocina.php?c=pizzeria">Pizzerías</a></td><td>
<span class="titulo">Parrilla Don Anselmo: el vacío que justifica el viaje a Mataderos</span><br>
<span class="firma">Por Ricardo A. Sosmayor</span><br><span class="fecha">Viernes 16 de marzo de 2012</span><br>
<table><tr><td class="caja"><i>${note}</i></td></tr></table>${STORY}</td></tr></table></body></html>`;
  const read = (note: string) => extractArticle(page(note), 'https://guia.example/resena.php?id=412');

  it('takes its headline from the element classed as the title that words the <title> at more length', () => {
    const a = read('Esta nota fue publicada originalmente en la revista Sabores del Plata y se reproduce con autorización.');
    expect(a?.title).toBe('Parrilla Don Anselmo: el vacío que justifica el viaje a Mataderos');
    expect(a?.authors).toEqual(['Ricardo A. Sosmayor']);
  });

  it.each([
    ['Esta nota fue publicada originalmente en la revista Sabores del Plata y se reproduce con autorización.'],
    ['La crónica fue publicada originalmente en la revista Sabores del Plata.'],
  ])('credits the magazine a note names as the first to publish it: %j', (note) =>
    expect(read(note)?.original_source?.name).toBe('Sabores del Plata'),
  );
});

describe('the UK’s national agency', () => {
  it.each([['PA Media'], ['Press Association'], ['PA news agency']])('is one outlet by any of its names: %j', (name) =>
    expect(canonicalOutlet(name)).toBe('PA Media'),
  );

  it('is not "PA" alone (a US state in a dateline)', () => expect(canonicalOutlet('PA')).toBeNull());

  it('is the source of agency copy credited to it as the structured author', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Former solicitor jailed',
      author: { '@type': 'Organization', name: 'PA Media' },
    });
    const story = [
      'A former solicitor who stole more than £400,000 from the estates of dead clients has been jailed for six years.',
      'The court heard that he moved money from the estates into his own accounts over a period of seven years.',
      'The judge said he had betrayed the trust of grieving families at the most difficult time of their lives.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = `<!doctype html><html lang="en-GB"><head><title>Former solicitor jailed</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Former solicitor jailed</h1><span class="lp-author">By PA Reporter</span>${story}</article></body></html>`;
    expect(extractArticle(html, 'https://legal.example/news/former-solicitor-jailed')?.original_source?.name).toBe('PA Media');
  });
});

describe('a reviewer’s credit line at the top of a health page', () => {
  const PARAGRAPHS = [
    'A fever is the body’s normal response to infection, and most fevers in babies are caused by viruses that pass on their own.',
    'For babies under three months, any temperature of 38 degrees or more is a reason to call the doctor straight away.',
    'Older babies who drink well, wet their nappies and are alert between doses of medicine can usually be watched at home.',
  ];
  const page = (line: string) =>
    `<!doctype html><html lang="en"><head><title>Fever in babies</title></head><body><article><h1>Fever in babies</h1><div class="body"><div class="review">${line}</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
  const text = (line: string) => extractArticle(page(line), 'https://family.example/health/fever-in-babies')?.text ?? '';

  it.each([
    ['<b>Medically reviewed by: Tobias Reid, MD</b> Pediatric Emergency Medicine · Reviewed September 18, 2024'],
    ['Fact checked by Jane Roe'],
    ['Fachlich geprüft von Dr. med. Kerstin Walbrecht, Fachärztin für Frauenheilkunde'],
  ])('is left out of the story: %j', (line) => {
    const t = text(line);
    expect(t).toContain('can usually be watched at home');
    expect(t).not.toMatch(/reviewed by|checked by|geprüft von/i);
  });
});

describe('a source label in a meta line whose parts are spans without separators', () => {
  const meta = (line: string) =>
    findAttribution({
      links: new Map(),
      ld: null,
      byline: null,
      headerLines: [line],
      story: [],
      siteName: 'EquityWatch',
      pageUrl: 'https://equitywatch.example/pr/1',
      feedSource: null,
    }).source;

  it.each([
    ['February 26, 2025 4:05 PM ET Source: Business Wire Related symbols: AGRV', 'Business Wire'],
    ['26.02.2025 09:15 MEZ Quelle: dpa-AFX Weitere Nachrichten: Siemens', 'dpa-AFX'],
  ])('credits a known outlet that opens what follows the label: %j', (line, want) => expect(meta(line)?.name).toBe(want));

  it('does not guess where an unknown name ends before the next label', () =>
    expect(meta('February 26, 2025 4:05 PM ET Source: Harbour Valley Gazette Related symbols: AGRV')).toBeNull());
});
