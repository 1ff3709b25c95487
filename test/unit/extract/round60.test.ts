/**
 * Rules fixed on the sixtieth probe round (test/fixtures/probe-pages/dev: Spanish provincial dailies, Indian English-language
 * regional papers, Dutch and Flemish regional news, Romanian, Moldovan and Bulgarian portals), constructed here in the
 * shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { closingCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames, isPersonName } from '../../../src/workers/extract/person-name';
import { wireDateline } from '../../../src/workers/extract/wire-marks';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const RO = [
  'Judecătoria a anulat hotărârea prin care consiliul local concesionase islazul comunal unei asociații de crescători.',
  'Instanța a reținut că licitația a fost anunțată cu doar cinci zile înainte, deși legea cere un termen de treizeci de zile.',
  'Primarul comunei a declarat că va contesta sentința la tribunal și că procedura a fost respectată întocmai.',
  'Crescătorii care au dat în judecată primăria spun că au plătit ani la rând pentru pășunat în alte comune.',
  'Până la rămânerea definitivă a sentinței, contractul de concesiune rămâne în vigoare.',
];

const ES = [
  'La escasez de bellota recorta este año la montanera en las dehesas del sur de la provincia.',
  'Los ganaderos calculan que podrán engordar en el campo un treinta por ciento menos de cerdos que el año pasado.',
  'La sequía del verano y las altas temperaturas de octubre han reducido la producción de los encinares.',
  'Las organizaciones agrarias piden a la administración ayudas para compensar la compra de pienso.',
  'La campaña de montanera se prolonga habitualmente entre octubre y febrero.',
];

describe('writers of the round', () => {
  it('Romanian "Scris de" (written by) is a credit’s lead: an agency after it is no writer', () =>
    expect(bylineNames('Scris de Mediafax', [], 'ro')).toEqual([]));

  it.each([
    ['Scris de Ioana Dumitrescu', ['Ioana Dumitrescu']],
    ['Publicat de Mihai Stancu', ['Mihai Stancu']],
  ])('%j', (line, names) => expect(bylineNames(line, [], 'ro')).toEqual(names));

  it.each(['Escris de Mediafax', 'Equipo de Europa Press', 'Skrevet af Ritzau'])(
    'a known outlet after a particle, in a language whose by-word the lists lack, is no name: %j',
    (s) => expect(isPersonName(s)).toBe(false),
  );

  it.each(['Ana de Armas', 'Michael Bloomberg'])('a name with a particle, or an outlet’s word alone, stays one: %j', (s) =>
    expect(isPersonName(s)).toBe(true),
  );

  it('Agerpres’s sign-off names the writer before the editors', () =>
    expect(closingCredit('AGERPRES/(A - autor: Loredana Pătrașcu, editor: Mihai Stan, editor online: Adina Zamfir)')).toBe(
      'Loredana Pătrașcu',
    ));

  it('a bold signature in the block right after the story’s box (an old layout’s right-aligned name)', () => {
    const html = `<!doctype html><html lang="ro"><head><title>Judecătoria anulează concesionarea islazului</title></head><body><table><tr><td><h1>Judecătoria anulează concesionarea islazului</h1><div class="text">${paras(RO)}</div><p align="right"><b><i>Ion Bălan</i></b></p><hr><p><a href="print.php?id=1">Tipărește articolul</a></p></td></tr></table></body></html>`;
    expect(extractArticle(html, 'http://ecoul-valea.example/articol.php?id=18342')?.authors).toEqual(['Ion Bălan']);
  });

  it('the writer’s line with their agency in brackets, over a line of place and date: the name ends where its piece does', () => {
    const html = `<!doctype html><html lang="es"><head><title>La seca recorta la montanera</title></head><body><article><h1>La seca recorta la montanera en las dehesas</h1><div class="gce-article__byline"><p class="gce-article__author">Lucía Benítez (EFE)</p><p class="gce-article__place-date">Cabeza del Encinar (Badajoz) <span>|</span> <time datetime="2024-11-18T10:42:00+01:00">Lunes, 18 noviembre 2024, 10:42</time></p></div><div class="body">${paras(ES)}</div></article></body></html>`;
    expect(extractArticle(html, 'https://gaceta-sur.example/campo/seca-montanera-20241118-nt.html')?.authors).toEqual(['Lucía Benítez']);
  });

  it('a Spanish paper’s signature class in BEM ("noticia__firma"), its photographer also in a caption’s "autor" class', () => {
    const html = `<!doctype html><html lang="es"><head><title>El Ríoseco tumba al Peñarredonda</title></head><body><main><div class="lcd-noticia"><h1 class="lcd-noticia__titular">El Ríoseco tumba al Peñarredonda</h1><h2 class="lcd-noticia__subtitulo">Un cabezazo a seis minutos del final da la victoria a los locales en un partido intenso</h2><div class="lcd-noticia__firma"><span class="lcd-firma__texto">Texto: Nel Fernández</span> · <span class="lcd-firma__fotos">Fotos: Ana Suárez</span> <span class="lcd-firma__fecha">14/04/2024 - 20:15 h.</span></div><div class="lcd-noticia__foto"><img src="/media/fotos/18552_1.jpg" alt=""><p class="lcd-pie">Los jugadores celebran el gol en el minuto 84. <span class="lcd-pie__autor">ANA SUÁREZ</span></p></div><div class="lcd-noticia__cuerpo">${paras(ES)}</div></div></main></body></html>`;
    expect(extractArticle(html, 'https://cuenca-deportiva.example/futbol/noticia/18552')?.authors).toEqual(['Nel Fernández']);
  });
});

describe('datelines and outlets of the round', () => {
  it.each([
    ['Bhubaneswar, Oct 23 (PTI) Over 48,000 people living in low-lying areas were shifted to shelters.', 'PTI'],
    ['NEW DELHI, May 2 (IANS) The ministry said on Thursday that the scheme would be extended.', 'IANS'],
  ])('an Indian agency’s dateline without a dash: %j', (line, wire) => expect(wireDateline(line)).toBe(wire));

  it('a bracketed agency in the middle of a sentence is no dateline', () =>
    expect(wireDateline('the minister told reporters (PTI) on Friday that talks would go on')).toBeNull());

  it.each([
    ['Mediafax', 'Mediafax'],
    ['News.ro', 'News.ro'],
    ['SERVIMEDIA', 'Servimedia'],
  ])('%j is a known outlet', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));
});

describe('section labels read as names', () => {
  const DE = [
    'Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen.',
    'Die Investitionen in Schulen und Straßen steigen gegenüber dem Vorjahr um knapp zwei Millionen Euro.',
    'Die Opposition kritisierte die geplante Erhöhung der Grundsteuer und stimmte geschlossen dagegen.',
    'Der Kämmerer verwies auf gestiegene Energiekosten und die Tarifabschlüsse im öffentlichen Dienst.',
    'Der Haushalt muss nun noch von der Kommunalaufsicht im Landratsamt genehmigt werden.',
  ];
  const page = (byline: string, sections: string) =>
    `<!doctype html><html lang="de"><head><title>Haushalt beschlossen</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Haushalt beschlossen","articleSection":${sections}}</script></head><body><article><h1>Haushalt beschlossen</h1><div class="author">${byline}</div>${paras(DE)}</article></body></html>`;

  it('a byline slot printing the story’s sections ("Politik, Wirtschaft") names no one', () =>
    expect(
      extractArticle(page('Politik, Wirtschaft', '["Politik","Wirtschaft"]'), 'https://lokal.example/politik/haushalt')?.authors,
    ).toEqual([]));

  it('a writer whose name is one of the story’s tags (a columnist’s section) stays the writer', () =>
    expect(extractArticle(page('Zeca Lobato', '["Zeca Lobato","Politik"]'), 'https://lokal.example/politik/haushalt')?.authors).toEqual([
      'Zeca Lobato',
    ]));
});
