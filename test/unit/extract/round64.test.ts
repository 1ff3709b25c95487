/**
 * Rules fixed on the sixty-fourth probe round (test/fixtures/probe-pages/dev: Brazilian national press, Arabic national news
 * of Egypt, Saudi Arabia, Jordan and Morocco, Canadian national press, Portuguese national press), constructed here in the
 * shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const EN = [
  'Thousands of residents were ordered out of the town on Monday as a wildfire jumped the highway to the north.',
  'Officials said the fire had grown to more than 12,000 hectares and was moving east with strong winds.',
  'Evacuees were told to register at the reception centre in the neighbouring county before finding shelter.',
  'The province said firefighters from three other provinces were on their way to help.',
  'Rain is not expected in the region until the end of the week.',
];

const PT = [
  'As empresas do interior esperam em média catorze meses pelos reembolsos dos projetos aprovados no programa.',
  'O atraso obriga muitas pequenas empresas a recorrer ao crédito bancário para pagar aos fornecedores.',
  'As associações empresariais pedem ao Governo que reforce as equipas que analisam os pedidos de pagamento.',
  'O ministério garante que os prazos vão encurtar depois da contratação de novos técnicos.',
  'Os números oficiais, no entanto, contam outra história.',
];

describe('the round', () => {
  it('the Canadian Press’s sign-off names the source: "This report by X was first published <day>"', () => {
    const html = `<!doctype html><html lang="en-CA"><head><title>Thousands ordered out</title></head><body><article><h1>Thousands ordered out as wildfire jumps highway</h1>${paras(EN)}<p>This report by The Canadian Press was first published July 22, 2024.</p></article></body></html>`;
    const a = extractArticle(html, 'https://national-news.example/news/wildfire-evacuation');
    expect(a?.original_source?.name).toBe('The Canadian Press');
    expect(a?.text).not.toContain('first published July 22');
  });

  it('an infographic’s maker among the structured authors ("Infografia de X") is no writer', () => {
    const html = `<!doctype html><html lang="pt"><head><title>PRR: empresas esperam reembolsos</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"PRR: empresas esperam reembolsos","author":[{"@type":"Person","name":"Marta Quintela"},{"@type":"Person","name":"João Pedro Lains"}]}</script></head><body><article><h1>PRR: empresas esperam reembolsos</h1><div class="byline">Texto de Marta Quintela · Infografia de João Pedro Lains</div>${paras(PT)}</article></body></html>`;
    expect(extractArticle(html, 'https://meridiano.example/economia/prr-reembolsos')?.authors).toEqual(['Marta Quintela']);
  });
});
