/**
 * Rules fixed on the sixty-second probe round (test/fixtures/probe-pages/dev: French national dailies, Japanese national
 * dailies, Turkish national portals, Greek national media), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { datelineCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { canonicalOutlet } from '../../../src/policy/outlets';
import { nominativeForms } from '../../../src/workers/extract/name-forms';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const EL = [
  'Η κυβέρνηση παρουσίασε χθες το νέο πρόγραμμα ρυθμίσεων για τα δάνεια των μικρομεσαίων επιχειρήσεων.',
  'Σύμφωνα με το υπουργείο Οικονομικών, στο πρόγραμμα μπορούν να ενταχθούν περίπου σαράντα χιλιάδες επιχειρήσεις.',
  'Οι τράπεζες εκτιμούν ότι οι νέες ρυθμίσεις θα συμβάλουν στον περιορισμό των κόκκινων δανείων.',
  'Οι εμπορικοί σύλλογοι ζητούν να επεκταθεί η προθεσμία υποβολής αιτήσεων έως το τέλος του έτους.',
  'Η πλατφόρμα των αιτήσεων αναμένεται να ανοίξει τον επόμενο μήνα.',
];

describe('Greek bylines', () => {
  it.each([
    ['Της ΜΑΡΙΑΣ ΛΑΜΠΡΑΚΗ', ['ΜΑΡΙΑΣ ΛΑΜΠΡΑΚΗ']], // the genitive article: the name as printed
    ['Του Γιώργου Δεληγιάννη', ['Γιώργου Δεληγιάννη']],
    ['Των Ανδρέα Σταθόπουλου και Ελένης Κουτρή', ['Ανδρέα Σταθόπουλου', 'Ελένης Κουτρή']],
    ['Συνέντευξη στη Δήμητρα Αλεξίου', ['Δήμητρα Αλεξίου']], // the interviewer
    ['Ρεπορτάζ: Αναστασία Ρούσσου', ['Αναστασία Ρούσσου']],
  ])('%j', (line, names) => expect(bylineNames(line, [], 'el')).toEqual(names));

  const page = (byline: string, ldAuthor: string | null) =>
    `<!doctype html><html lang="el"><head><title>Ρυθμίσεις δανείων</title>${ldAuthor ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ρυθμίσεις δανείων","author":{"@type":"Person","name":"${ldAuthor}"}}</script>` : ''}</head><body><article><h1>Ρυθμίσεις δανείων</h1><div class="byline">${byline}</div>${paras(EL)}</article></body></html>`;

  it('the genitive byline in the nominative the structured data prints', () =>
    expect(extractArticle(page('Του Γιώργου Δεληγιάννη', 'Γιώργος Δεληγιάννης'), 'https://neos.example/a/1')?.authors).toEqual([
      'Γιώργος Δεληγιάννης',
    ]));

  it('a genitive byline no other form of which is printed stays as printed', () =>
    expect(extractArticle(page('Της ΜΑΡΙΑΣ ΛΑΜΠΡΑΚΗ', null), 'https://neos.example/a/1')?.authors).toEqual(['ΜΑΡΙΑΣ ΛΑΜΠΡΑΚΗ']));

  it('a nominative byline is left alone, whatever other form the text prints ("με τον Μιχάλη X")', () => {
    const html = page('Μιχάλης Τζαννετάκης', null).replace('</article>', '<p>Μίλησε με τον Μιχάλη Τζαννετάκη για το θέμα.</p></article>');
    expect(extractArticle(html, 'https://neos.example/a/1')?.authors).toEqual(['Μιχάλης Τζαννετάκης']);
  });
});

describe('Japanese reporters and sources', () => {
  it.each([
    ['【ジュネーブ＝宮坂亮】深海底の鉱物資源開発を規制する国際条約の制定を目指す会議は16日、閉幕した。', '宮坂亮'],
    ['通学路に設置したAIカメラで児童を見守る実証実験を市が始めた。全国で初めてという。【安西隆之】', '安西隆之'],
  ])('%j', (paragraph, name) => expect(datelineCredit(paragraph)).toBe(name));

  it.each([
    ['時事', 'Jiji Press'],
    ['İHA', 'İHA'],
    ['İhlas Haber Ajansı', 'İHA'],
  ])('%j is a known outlet', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));

  it('a portal’s "記事提供：X" (article provided by) names the source', () => {
    const JA = [
      '国産ワインの輸出が5年で3倍に増えた。山梨県の中小ワイナリーがアジア市場の開拓を進めている。',
      '県によると、昨年の輸出量は約40万本で、香港や台湾、シンガポール向けが全体の7割を占めた。',
      '甲州種の白ワインは和食との相性の良さが評価され、現地の日本料理店での採用が広がっている。',
      '一方で、輸送費の高騰や為替の変動が中小の生産者にとって課題となっている。',
    ];
    const html = `<!doctype html><html lang="ja"><head><title>国産ワインの輸出</title></head><body><article><h1>国産ワインの輸出、5年で3倍に</h1>${paras(JA)}<p class="provider">記事提供：毎報新聞</p></article></body></html>`;
    expect(extractArticle(html, 'https://news-portal.example/articles/123')?.original_source?.name).toBe('毎報新聞');
  });
});

describe('a Greek body after the genitive article is no writer', () => {
  it.each(['Της Περιφέρειας Αττικής', 'Του Δήμου Αθηναίων', 'Των Ηνωμένων Πολιτειών'])('%j', (line) =>
    expect(bylineNames(line, [], 'el')).toEqual([]),
  );

  it('a surname opening with a body’s letters stays a name ("Βουλγαράκη")', () =>
    expect(bylineNames('Της Ελένης Βουλγαράκη', [], 'el')).toEqual(['Ελένης Βουλγαράκη']));
});

describe('nominativeForms (name-forms.ts)', () => {
  it('takes the printed credit’s form, then a line of the page', () => {
    expect(
      nominativeForms(
        ['Γιώργου Δεληγιάννη'],
        'Του Γιώργου Δεληγιάννη',
        () => ['Γιώργος Δεληγιάννης'],
        () => [],
      ),
    ).toEqual(['Γιώργος Δεληγιάννης']);
    expect(
      nominativeForms(
        ['Χρυσταλλένας Παντελή'],
        'Της Χρυσταλλένας Παντελή',
        () => [],
        () => ['Χρυσταλλένα Παντελή', 'Καλύπτει την οικονομία'],
      ),
    ).toEqual(['Χρυσταλλένα Παντελή']);
  });

  it('leaves a byline without the genitive article, and a word ending more than two letters apart, as printed', () => {
    expect(
      nominativeForms(
        ['Μιχάλης Τζαννετάκης'],
        'Μιχάλης Τζαννετάκης',
        () => ['Μιχάλη Τζαννετάκη'],
        () => [],
      ),
    ).toEqual(['Μιχάλης Τζαννετάκης']);
    expect(
      nominativeForms(
        ['Κατερίνας Λαμπροπούλου'],
        'Της Κατερίνας Λαμπροπούλου',
        () => ['Κατερίνας ΛαμπροπούλουΔημοσιογράφος'],
        () => [],
      ),
    ).toEqual(['Κατερίνας Λαμπροπούλου']);
  });
});
