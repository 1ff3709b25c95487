/**
 * Patterns whose words are matched in either case and whose names must open with a capital: under the `i` flag `\p{Lu}`
 * matches a letter of either case, so the capital is checked apart (byline-line.ts capitalised, byline.ts editorLines,
 * attribution.ts EDITION_OF). Lines and pages are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { lineCredit, postedByCredit } from '../../../src/workers/extract/byline-line';

describe('a credit after a by-word or an author label', () => {
  it.each([
    ['Posted on May 3, 2022 by Anna Dunst', 'by Anna Dunst'],
    ['Veröffentlicht am 3. Mai 2022 von Anna Dunst', 'von Anna Dunst'],
    ['Опубликовано 5 декабря 2026, автор: Иван Петров', 'автор: Иван Петров'],
  ])('is read from the post line %j', (line, want) => expect(postedByCredit(line)).toBe(want));

  it.each([
    ['Posted on May 3, 2022 by admin'],
    ['Veröffentlicht am 3. Mai 2022 von der Redaktion'],
    ['Publié le 3 mai 2022 par la rédaction'],
  ])('is none when the words after the by-word are in lower case: %j', (line) => {
    expect(postedByCredit(line)).toBeUndefined();
    expect(lineCredit(line)).toBeUndefined();
  });

  it.each([
    ['Tuesday 15 October 2019 by Bradley Kuhn', 'by Bradley Kuhn'],
    ['3. Mai 2022 Text: Petra Lindner', 'Text: Petra Lindner'],
  ])('is read after a date that opens the line: %j', (line, want) => expect(lineCredit(line)).toBe(want));

  it.each([['Tuesday 15 October 2019 by our staff'], ['3. Mai 2022 von unserer Redaktion']])(
    'is none after a date when lower case follows the by-word: %j',
    (line) => expect(lineCredit(line)).toBeUndefined(),
  );
});

describe("an editor's credit in the story's text", () => {
  const STORY = [
    'The council approved the new bus timetable on Tuesday after two hours of debate and a close vote.',
    'Residents of the northern estates had asked for an earlier first bus for years, the council said.',
    'The changes take effect at the start of next month and will be reviewed after half a year.',
  ];
  const page = (closing: string) => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Bus timetable changes',
      author: { '@type': 'Person', name: 'Jane Roe' },
    });
    const paragraphs = [...STORY, closing].map((p) => `<p>${p}</p>`).join('');
    return `<!doctype html><html lang="en"><head><title>Bus timetable changes</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Bus timetable changes</h1><div class="body">${paragraphs}</div></article></body></html>`;
  };
  const authors = (html: string) => extractArticle(html, 'https://town.example/news/bus')?.authors ?? [];

  it('credits the capitalised words as the editor, so the structured author it names is no writer', () =>
    expect(authors(page('This story was edited by Jane Roe for clarity and length.'))).toEqual([]));

  it('leaves a structured author the text names otherwise', () =>
    expect(authors(page('Questions about this story can be sent to Jane Roe at the newsroom.'))).toEqual(['Jane Roe']));
});
