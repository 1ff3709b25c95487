/** Source updates against an editor's overrides, and the paragraph count of an update. */
import {
  chooseHeadline,
  countChangedParagraphs,
  editorOverrides,
  mergeSourceUpdate,
  type EditorField,
  type LiveFields,
  type MergedFields,
} from '../../../src/policy/source-update';

const SOURCE = { title: 'Road closure', summary: 'The coast road is shut.' };
const FRESH = { title: 'Road closure extended', summary: 'The coast road stays shut.' };
const live = (over: Partial<LiveFields> = {}): LiveFields => ({ ...SOURCE, credit_override: null, source_fields: SOURCE, ...over });

describe('mergeSourceUpdate', () => {
  it.each<[string, LiveFields, EditorField[], MergedFields]>([
    ['no overrides: the source wins', live(), [], { ...FRESH, credit_override: null, source_fields: FRESH, kept: [], taken: [] }],
    [
      "the editor's headline survives",
      live({ title: 'Coast road shut until Friday' }),
      [],
      {
        title: 'Coast road shut until Friday',
        summary: FRESH.summary,
        credit_override: null,
        source_fields: FRESH,
        kept: ['title'],
        taken: [],
      },
    ],
    [
      "the editor takes the source's headline",
      live({ title: 'Coast road shut until Friday' }),
      ['title'],
      { ...FRESH, credit_override: null, source_fields: FRESH, kept: [], taken: ['title'] },
    ],
    [
      'summary and credit overrides survive; taking the credit gives back the computed one',
      live({ summary: 'Our summary.', credit_override: 'Reporting: desk' }),
      ['credit'],
      { title: FRESH.title, summary: 'Our summary.', credit_override: null, source_fields: FRESH, kept: ['summary'], taken: ['credit'] },
    ],
    [
      'an editor who cleared the summary keeps it cleared',
      live({ summary: null }),
      [],
      { title: FRESH.title, summary: null, credit_override: null, source_fields: FRESH, kept: ['summary'], taken: [] },
    ],
    [
      'a row from before the desk kept source fields: no override known',
      live({ title: 'Whatever it says', source_fields: null }),
      [],
      { ...FRESH, credit_override: null, source_fields: FRESH, kept: [], taken: [] },
    ],
    [
      'taking a field that was never overridden changes nothing',
      live(),
      ['title', 'summary'],
      { ...FRESH, credit_override: null, source_fields: FRESH, kept: [], taken: [] },
    ],
  ])('%s', (_name, current, take, expected) => {
    expect(mergeSourceUpdate(current, FRESH, take)).toEqual(expected);
  });

  it('names the overridden fields', () => {
    expect(editorOverrides(live({ title: 'X', credit_override: 'Y' }))).toEqual(['title', 'credit']);
  });
});

describe('countChangedParagraphs', () => {
  it.each<[string, string | null, string | null, number]>([
    ['identical', 'A.\nB.\nC.', 'A.\nB.\nC.', 0],
    ['one rewritten', 'A.\nB.\nC.', 'A.\nB2.\nC.', 1],
    ['two rewritten, one kept', 'A.\nB.\nC.', 'A2.\nB2.\nC.', 2],
    ['one added at the end', 'A.\nB.', 'A.\nB.\nC.', 1],
    ['one removed', 'A.\nB.\nC.', 'A.\nC.', 1],
    ['whitespace only is no change', 'A  b.\n\n\nC.', 'A b.\nC.', 0],
    ['from nothing', null, 'A.\nB.', 2],
  ])('%s', (_name, before, after, n) => {
    expect(countChangedParagraphs(before, after)).toBe(n);
  });
});

describe('chooseHeadline', () => {
  const stored = (title: string, page: string | null, feed: string | null) => ({ title, headlines: { page, feed } });
  it.each<[string, { page: string | null; feed: string | null }, Parameters<typeof chooseHeadline>[1], string | null]>([
    [
      'nothing changed: the stored headline',
      { page: 'Pier reopens', feed: 'Pier to reopen' },
      stored('Pier reopens', 'Pier reopens', 'Pier to reopen'),
      'Pier reopens',
    ],
    [
      'the page retitled: the page leads',
      { page: 'Pier reopens Monday', feed: 'Pier to reopen' },
      stored('Pier reopens', 'Pier reopens', 'Pier to reopen'),
      'Pier reopens Monday',
    ],
    [
      "only the feed retitled: the feed's new headline",
      { page: 'Pier reopens', feed: 'Pier reopens on Monday' },
      stored('Pier reopens', 'Pier reopens', 'Pier to reopen'),
      'Pier reopens on Monday',
    ],
    [
      'both retitled: the page leads',
      { page: 'Pier open', feed: 'Pier reopens on Monday' },
      stored('Pier reopens', 'Pier reopens', 'Pier to reopen'),
      'Pier open',
    ],
    [
      'a headline taken from the feed does not flip back',
      { page: 'Pier reopens', feed: 'Pier reopens on Monday' },
      stored('Pier reopens on Monday', 'Pier reopens', 'Pier reopens on Monday'),
      'Pier reopens on Monday',
    ],
    [
      'the page failed this time: the stored headline stays',
      { page: null, feed: 'Pier to reopen' },
      stored('Pier reopens', 'Pier reopens', 'Pier to reopen'),
      'Pier reopens',
    ],
    [
      'the page answers again after a failure: the page leads',
      { page: 'Pier reopens', feed: 'Pier to reopen' },
      stored('Pier to reopen', null, 'Pier to reopen'),
      'Pier reopens',
    ],
    [
      'headlines unknown (an older row): the page, else the feed',
      { page: null, feed: 'Pier to reopen' },
      { title: 'Pier reopens', headlines: null },
      'Pier to reopen',
    ],
    ['no headline anywhere', { page: null, feed: null }, stored('Pier reopens', 'Pier reopens', null), null],
  ])('%s', (_what, fresh, was, want) => {
    expect(chooseHeadline(fresh, was)).toBe(want);
  });
});

describe('mergeSourceUpdate and headlines', () => {
  it("keeps the update's headlines in the source fields, so the next update sees where the headline came from", () => {
    const headlines = { page: 'Road closure', feed: 'Road closure extended' };
    expect(mergeSourceUpdate(live(), { ...FRESH, headlines }).source_fields).toEqual({ ...FRESH, headlines });
  });
});
