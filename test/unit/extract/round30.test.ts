/**
 * Rules of the twenty-fifth session's last rounds: the <title>'s other side as the site's name (found by running the
 * unseen probe pages without their structured data: test/fixtures/probe-pages/dev since), and the rules fixed on the
 * thirtieth probe round. Constructed here in the shapes those pages showed; names, places and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { titleSiteNames } from '../../../src/workers/extract/title';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { closingCredit } from '../../../src/workers/extract/byline-line';

describe("the <title>'s other side is the site's name", () => {
  it.each([
    ['Ligne coupée à Ravières | L’Observateur de la Semaine', 'Ligne coupée à Ravières', ['L’Observateur de la Semaine']],
    ['Bolsa mexicana cierra al alza - Finanzas al Día', 'Bolsa mexicana cierra al alza', ['Finanzas al Día']],
  ])('%j', (title, headline, sites) => expect(titleSiteNames(title, headline)).toEqual(sites));

  it.each([
    // three sides: one is as often the writer's
    ['Kapalı pazar yeri - Levent Karataşlı - Tribün Sesi', 'Kapalı pazar yeri'],
    // a writer's name after note.com's headline, a blog named after its writer
    ['会社を辞めて、島の小さな図書館で働きはじめた話｜三浦あかり', '会社を辞めて、島の小さな図書館で働きはじめた話'],
    ['Why I left the city | Jane Roe', 'Why I left the city'],
    // the headline is not a side
    ['Ligne coupée | L’Observateur', 'Une autre histoire'],
  ])('no site in %j', (title, headline) => expect(titleSiteNames(title, headline)).toEqual([]));

  it("gives no byline for the site's name in the byline slot of a page without meta tags or structured data", () => {
    const story = [
      "La ligne entre Ravières et Saint-Aubrac restera fermée jusqu'au printemps, a annoncé la région mardi soir.",
      'Les travaux de consolidation du viaduc ont pris du retard après la découverte de fissures dans deux piles.',
      'Des cars de substitution circuleront toutes les heures, avec un arrêt supplémentaire à la gare routière.',
    ];
    const html = `<!doctype html><html lang="fr"><head><title>Ligne coupée à Ravières | L'Observateur de la Semaine</title></head><body><article><h1>Ligne coupée à Ravières</h1><p class="signature">Par L'Observateur de la Semaine</p>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extractArticle(html, 'https://www.observateur-semaine.example/region/ligne-coupee')?.authors).toEqual([]);
  });
});

describe('rules fixed on the thirtieth probe round (dev: de-blogs, de-news, en-blogs, mixed-portals)', () => {
  it.each([
    ['Autorin: Rechtsanwältin Dr. Julia Haberkorn', ['Julia Haberkorn']],
    ['Notar Klaus Berger', ['Klaus Berger']],
    ['Steuerberaterin Carina Pölzl', ['Carina Pölzl']],
    ['Autorin: Dr. med. Anke Ehrental, Fachärztin für Allgemeinmedizin', ['Anke Ehrental']],
  ])('reads the person behind an office or a medical title: %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));

  it.each([
    'Werbehinweis: Dieser Beitrag enthält Affiliate-Links.',
    'Some of the links in this post are affiliate links.',
    'Online seit heute, 12.14 Uhr',
    'Online seit 04.11.2024, 6.12 Uhr',
    'Diese Audioversion wurde künstlich erzeugt.',
    'Ultimo aggiornamento: 20 ottobre 2024, 09:45',
  ])('chrome: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'Online seit heute gibt es die neue Fahrplanauskunft, sagte der Sprecher.',
    'Some of the links between the villages are closed.',
  ])('story: %j', (line) => expect(isBoilerplateLine(line)).toBe(false));

  it('reads a broadcaster\'s closing signature "X, tirol.example.at"', () => {
    expect(closingCredit('Lukas Greiner, tirol.rfoe.example')).toBe('Lukas Greiner');
    // the candidate is then read as a byline, which names no one here
    expect(bylineNames(closingCredit('Mehr Informationen, www.example.at') ?? '')).toEqual([]);
    expect(closingCredit('Die Stadt hat geantwortet, siehe www.example.at.')).toBeUndefined();
  });

  it('keeps a picture gallery published as an article: its wrapper holds the <h1>, the text and the slides', () => {
    const text = [
      'Una folla che gli organizzatori non ricordavano da anni ha riempito sabato il centro storico per la prima giornata della fiera.',
      'Il taglio del nastro è avvenuto alle 10 alla presenza del sindaco e dei rappresentanti delle associazioni dei cercatori.',
      'Il momento più atteso è arrivato nel primo pomeriggio, quando la commissione ha certificato un tartufo da 640 grammi.',
      'La fiera prosegue per i prossimi cinque fine settimana. Ecco le immagini della giornata inaugurale.',
    ];
    const slides = [1, 2, 3, 4]
      .map((i) => `<div class="slide"><img src="/g/${i}.jpg" alt=""><p class="caption">${i} di 4 · Le bancarelle lungo via Roma.</p></div>`)
      .join('');
    const html = `<!doctype html><html lang="it"><head><title>Fiera del tartufo, le foto</title></head><body><nav><a href="/">Home</a> <a href="/foto">Foto</a></nav><div class="page"><div class="vdc-gallery-wrap"><h1>Fiera del tartufo, le foto della prima giornata</h1><p class="firma">di <a href="/autori/marta-ferrandi" rel="author">Marta Ferrandi</a></p><div class="vdc-gallery-intro">${text.map((p) => `<p>${p}</p>`).join('')}</div><div class="vdc-slider">${slides}</div></div></div><footer>© La Voce</footer></body></html>`;
    const a = extractArticle(html, 'https://www.lavoce.example/foto/fiera-tartufo');
    expect(a?.text).toContain(text[2]);
    expect(a?.authors).toEqual(['Marta Ferrandi']);
  });

  it('still drops a gallery box beside a story (no headline in it)', () => {
    const story =
      'Il consiglio comunale ha approvato ieri sera il bilancio, con i voti della maggioranza e l’astensione delle opposizioni. '.repeat(3);
    const html = `<!doctype html><html lang="it"><head><title>Bilancio approvato</title></head><body><article><h1>Bilancio approvato</h1><p>${story}</p><div class="gallery"><p>Le foto della seduta: il sindaco e la giunta al completo durante il voto finale.</p></div></article></body></html>`;
    expect(extractArticle(html, 'https://www.lavoce.example/politica/bilancio')?.text).not.toContain('Le foto della seduta');
  });
});

describe("a wire's name leading a byline is a dateline, no person (found on unseen pages run with hashed class names: dev/commonwealth-news since)", () => {
  it.each(['Reuters Mumbai', 'AFP Paris', 'Bloomberg News'])('rejects %j', (raw) => expect(bylineNames(raw)).toEqual([]));
  it.each([['Petra Lindner'], ['Efe Aydın'], ['Ani Petrosyan']])("keeps %j (a given name that is also an agency's)", (raw) =>
    expect(bylineNames(raw)).toEqual([raw]),
  );
});
