/**
 * Rules fixed on the fifty-ninth probe round (test/fixtures/probe-pages/dev: Spanish-language and bilingual US media,
 * Mexican state dailies, German, Austrian and Swiss local weeklies, Brazilian regional portals), constructed here in the
 * shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { closingCredit, writerWithAgency } from '../../../src/workers/extract/byline-line';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { wireDateline } from '../../../src/workers/extract/wire-marks';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const DE = [
  'Bei der Jahreshauptversammlung im Gasthaus Zur Linde blickte der Turnverein auf ein bewegtes Vereinsjahr zurück.',
  'Knapp neunzig Mitglieder waren am Freitagabend der Einladung in den Saal gefolgt, so viele wie seit Jahren nicht mehr.',
  'Der Vorstand berichtete von steigenden Mitgliederzahlen in der Jugendabteilung und von der neuen Flutlichtanlage.',
  'Die Kassenprüfer bescheinigten eine einwandfreie Buchführung, die Versammlung entlastete den Vorstand einstimmig.',
  'Zum Abschluss dankte der Vorsitzende allen Helfern, ohne die das Sommerfest nicht möglich gewesen wäre.',
];

const PT = [
  'A seca que atinge o oeste do estado reduziu em cerca de 40% o volume de cargas transportadas por balsas no rio.',
  'De acordo com a associação, o nível do rio em alguns trechos está abaixo de 1,5 metro, o que impede a passagem de comboios.',
  'Para continuar operando, as empresas passaram a usar balsas com metade da capacidade, o que eleva o custo do frete.',
  'O frete de combustível entre a sede do município e as comunidades do interior subiu, em média, 35% desde o início da estiagem.',
  'A associação pediu ao governo estadual a dragagem dos trechos mais rasos antes do próximo período de estiagem.',
];

const ES = [
  'El abasto de agua en las colonias del oriente de la ciudad sigue siendo irregular pese a las obras anunciadas.',
  'Los vecinos denuncian que las pipas llegan cada tercer día y que el servicio por la red apenas dura unas horas.',
  'La junta municipal de agua atribuye el problema a la baja presión del acueducto y a fugas en la red antigua.',
  'El presupuesto aprobado para este año alcanza apenas para rehabilitar una cuarta parte de las tuberías dañadas.',
  'Mientras tanto, los comités vecinales organizan reuniones semanales para exigir un calendario de obras.',
];

describe('writers of the round', () => {
  it('a part set off after the name that ended with the site’s name is the writer’s office, not a second writer', () =>
    expect(bylineNames('Text: Markus Fink, Schriftführer FF Kaltenbach', ['Gemeinde Kaltenbach', 'Kaltenbach'], 'de-AT')).toEqual([
      'Markus Fink',
    ]));

  it('the categories’ links in a meta line ("von Redaktion / Sport, Vereine") name no writer', () => {
    const html = `<!doctype html><html lang="de"><head><title>Turnverein ehrt Mitglieder</title></head><body><article><header><h1>Turnverein ehrt Mitglieder</h1><div class="entry-meta"><span class="posted-by vcard author">von <a class="url fn n" href="/author/redaktion/" rel="author"><span class="author-name">Redaktion</span></a></span> / <span class="cat-links"><a href="/kategorie/sport/" rel="category tag">Sport</a>, <a href="/kategorie/vereine/" rel="category tag">Vereine</a></span></div></header><div class="entry-content">${paras(DE)}</div></article></body></html>`;
    expect(extractArticle(html, 'https://lindenau-aktuell.example/2024/03/18/turnverein/')?.authors).toEqual([]);
  });

  it('a club’s writer sending the report in: "Eingesandt von X, Schriftführer des Y"', () =>
    expect(closingCredit('Eingesandt von Klaus Bernreiter, Schriftführer des TSV Lindenau')).toBe(
      'Klaus Bernreiter, Schriftführer des TSV Lindenau',
    ));

  it.each([
    ['Luciana Pereira Dutra – Repórter da Agência Brasil', 'Luciana Pereira Dutra'],
    ['Jane Roe - Correspondent of Xinhua', 'Jane Roe'],
  ])('the writer and their post at an agency opening the story: %j', (line, name) => expect(writerWithAgency(line)).toBe(name));

  it('a post at no agency opening the story is no credit', () =>
    expect(writerWithAgency('Maria Souza – Presidente da Associação Comercial')).toBeUndefined());

  it('a writer’s name over a dateline that is a line of its own, in one paragraph ("NAME<br>PLACE, UF (FOLHAPRESS)")', () => {
    const html = `<!doctype html><html lang="pt-BR"><head><title>Seca reduz transporte</title></head><body><article><h1>Seca reduz transporte de cargas por balsas</h1><div class="body"><p><strong>HELENA MARQUES VIDAL</strong><br>PORTO TAPAJÓS, PA (FOLHAPRESS)</p>${paras(PT)}</div></article></body></html>`;
    const a = extractArticle(html, 'https://portal-oeste.example/noticia/seca-balsas');
    expect(a?.authors).toEqual(['HELENA MARQUES VIDAL']);
    expect(a?.original_source?.name).toBe('FOLHAPRESS');
  });

  it('a columnist’s box above the headline ("nombre-columnista")', () => {
    const html = `<!doctype html><html lang="es-MX"><head><title>Las cuentas del agua</title></head><body><article><div class="columnista-box"><span class="nombre-columna">Frontera Adentro</span><span class="nombre-columnista">Por Rogelio Ochoa Barraza</span></div><h1>Las cuentas pendientes del agua</h1><div class="cuerpo">${paras(ES)}</div></article></body></html>`;
    expect(extractArticle(html, 'https://diario-norte.example/columnas/frontera-adentro/agua')?.authors).toEqual(['Rogelio Ochoa Barraza']);
  });
});

describe('datelines and outlets of the round', () => {
  it.each([
    ['PORTO TAPAJÓS, PA (FOLHAPRESS)', 'FOLHAPRESS'],
    ['Marta Quiroga Llanos (Agencia Meridiana)', null], // a writer's line with the agency: no comma, no dateline
  ])('a dateline alone on its line: %j', (line, wire) => expect(wireDateline(line)).toBe(wire));

  it.each([
    ['Folhapress', 'Folhapress'],
    ['Estadão Conteúdo', 'Estadão Conteúdo'],
    ['Agência Estado', 'Estadão Conteúdo'],
    ['Quadratín Veracruz', 'Quadratín'],
    ['El Universal', 'El Universal'],
  ])('%j is a known outlet', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));
});
