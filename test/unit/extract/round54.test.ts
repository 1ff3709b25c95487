/**
 * Rules fixed on the fifty-fourth probe round (test/fixtures/probe-pages/dev: news of Israel, Palestine, Lebanon and Jordan,
 * local news of Austria and South Tyrol, consumer health media, West African news), constructed here in the shapes those
 * pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import fs from 'node:fs';
import path from 'node:path';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('writers of the round', () => {
  it.each([['מנהל האתר'], ['מערכת עמק נט'], ['הנהלת האתר']])(
    'a Hebrew site admin or desk is no writer, where a credit names it: %j',
    (line) => expect(creditedNames(line, [], 'he')).toEqual([]),
  );

  it('a Hebrew writer still is one', () => expect(bylineNames('מאת עדי שמש', [], 'he')).toEqual(['עדי שמש']));

  it('a structured co-author the closing line credits as translator is dropped (the round’s page)', () => {
    // JSON-LD lists the writer and the translator; the byline prints the writer alone, the closing line the translator
    const file = path.join(__dirname, '../../fixtures/probe-pages/dev/israel-levant/en-palestine-amp-solar.html');
    const labels = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'labels.json'), 'utf8')) as Record<
      string,
      { url: string; authors: string[] }
    >;
    const label = labels['en-palestine-amp-solar.html']!;
    expect(extractArticle(fs.readFileSync(file, 'utf8'), label.url)?.authors).toEqual(label.authors);
  });
});

describe('a name printed with the marks the metadata leaves out', () => {
  it('is printed so (the round\u2019s Yoruba page: "Adébáyọ̀ Ọláníyì" printed bare of a label, "Adebayo Olaniyi" in JSON-LD)', () => {
    const file = path.join(__dirname, '../../fixtures/probe-pages/dev/west-africa-anglo/05-irohin-owuro-yoruba-ghost.html');
    const labels = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'labels.json'), 'utf8')) as Record<
      string,
      { url: string; authors: string[] }
    >;
    const label = labels['05-irohin-owuro-yoruba-ghost.html']!;
    expect(extractArticle(fs.readFileSync(file, 'utf8'), label.url)?.authors).toEqual(label.authors);
  });
});

describe('dates of the round', () => {
  it('an Arabic clock time with its morning mark ("12:40 ص") sets the zone of a UTC instant', () => {
    const STORY = [
      'ارتفعت أسعار الخضار في السوق المركزي بنسبة ملحوظة خلال الأسبوع الماضي بسبب موجة البرد التي ضربت المملكة.',
      'وقال تجار إن الطلب على الخضار الورقية تضاعف مع اقتراب شهر رمضان المبارك وارتفاع أسعار النقل.',
      'وأكدت وزارة الزراعة أنها ستراقب الأسعار يوميا وستتخذ الإجراءات اللازمة لحماية المستهلكين.',
    ];
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'أسعار الخضار',
      datePublished: '2024-03-11T22:40:00Z',
    });
    const html = `<!doctype html><html lang="ar"><head><title>أسعار الخضار</title><script type="application/ld+json">${ld}</script></head><body><article><h1>أسعار الخضار</h1><div class="date"><time datetime="2024-03-11T22:40:00Z">12 آذار 2024 - 12:40 ص</time></div><div class="body">${paras(STORY)}</div></article></body></html>`;
    expect(extractArticle(html, 'https://souq.example/news/prices')?.published_at).toBe('2024-03-12T00:40:00.000+02:00');
  });
});
