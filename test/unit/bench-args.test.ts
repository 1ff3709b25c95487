/** The bench harness's command line (splitBenchArgs, withDefaults): names first, flags passed through, no flag dropped. Pure. */
import { splitBenchArgs, withDefaults, type BenchFlags } from '../../bench/args';

const known: Record<string, BenchFlags> = {
  'api-list': { values: ['--items', '--seconds'], switches: ['--keep', '--reuse'] },
  startup: { values: ['--runs'], switches: [] },
  extract: { values: [], switches: [] },
};

describe('splitBenchArgs', () => {
  it.each([
    ['a name and its flags (issue 20)', ['api-list', '--items', '20000'], ['api-list'], ['--items', '20000']],
    ['value flags and switches', ['api-list', '--keep', '--seconds', '5'], ['api-list'], ['--keep', '--seconds', '5']],
    ['no names: every benchmark', [], ['api-list', 'startup', 'extract'], []],
    ['two names, no flags', ['startup', 'extract'], ['startup', 'extract'], []],
  ])('%s', (_case, argv, names, flags) => {
    expect(splitBenchArgs(argv, known)).toEqual({ ok: true, names, flags });
  });

  it.each([
    ['an unknown name', ['api-lst'], 'unknown benchmark(s): api-lst'],
    [
      'a flag the named benchmark does not read',
      ['api-list', '--articles', '5'],
      '--articles is not read by api-list; api-list takes --items N --seconds N --keep --reuse',
    ],
    [
      'a flag one of two names does not read',
      ['api-list', 'extract', '--items', '5'],
      '--items is not read by extract; extract takes no flags',
    ],
    ['a flag with no names reaches every benchmark', ['--items', '5'], '--items is not read by startup, extract'],
    ['a value flag without its value', ['api-list', '--items'], '--items needs a value'],
    ['a value flag followed by another flag', ['api-list', '--items', '--keep'], '--items needs a value'],
    ['a name after the flags', ['api-list', '--keep', 'startup'], '"startup" is not a flag; put benchmark names before any flag'],
  ])('refuses %s with a message naming it', (_case, argv, problem) => {
    const r = splitBenchArgs(argv, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });
});

describe('withDefaults', () => {
  it('adds a default only when its flag was not typed', () => {
    expect(withDefaults([], { '--docs': '100000' })).toEqual(['--docs', '100000']);
    expect(withDefaults(['--docs', '5', '--sweep'], { '--docs': '100000', '--eval': '10' })).toEqual([
      '--docs',
      '5',
      '--sweep',
      '--eval',
      '10',
    ]);
  });
});
