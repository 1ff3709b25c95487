import { comparisonWords, contentHash, normalizeText, wordsOfLine } from '../../../src/workers/dedupe/normalize';

describe('wordsOfLine', () => {
  it.each([
    ['Russia’s “new” ambassador – Andrei KELIN', ["russia's", 'new', 'ambassador', 'andrei', 'kelin']],
    ['ﬁnal  score:\t3–1!', ['final', 'score', '3', '1']],
    ["'quoted' words' edges", ['quoted', 'words', 'edges']],
    ['Café CAFÉ', ['café', 'café']],
    ['', []],
  ])('%j → %j', (line, words) => {
    expect(wordsOfLine(line)).toEqual(words);
  });
});

describe('comparisonWords', () => {
  it('drops short chrome lines but keeps paragraphs', () => {
    const text = 'Leave a Reply\nSource: RT NEWS\nThe minister said the talks had stalled again this week.\n2 min read';
    expect(comparisonWords(text).join(' ')).toBe('the minister said the talks had stalled again this week');
  });

  it('keeps every line when most of the text is short lines', () => {
    expect(comparisonWords('a b c\nd e f\ng h i\nj k l m n o')).toHaveLength(15);
  });
});

describe('contentHash', () => {
  const text = 'The minister said the talks had stalled again this week.\n\nMore talks are planned for June, officials said.';

  it('is a stable SHA-256 hex of the normalized text', () => {
    // Golden value: a change here silently splits every stored article from its future copies.
    expect(contentHash(text)).toBe('3f37aa099342cab9316f27f7abdc3df171802fababfe789948057c0e83bc1592');
  });

  it('ignores case, punctuation, spacing, typographic quotes and chrome lines', () => {
    const copy =
      'Share this:\nTHE MINISTER SAID  the talks had stalled — again — this week!\nMore talks are planned for June, officials said\nLeave a Reply';
    expect(contentHash(copy)).toBe(contentHash(text));
    expect(normalizeText(copy)).toBe(normalizeText(text));
  });

  it('differs when a word differs', () => {
    expect(contentHash(text.replace('June', 'July'))).not.toBe(contentHash(text));
  });
});
