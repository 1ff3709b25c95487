/**
 * The bench harness's command line, pure: `npm run bench -- [name …] [--flag value …]`. Names come
 * first; every flag after them goes to each named benchmark, which must declare it (a flag nobody
 * reads is refused with a message, never dropped in silence).
 */

/** What one benchmark accepts: flags that take a value, and flags that stand alone. */
export interface BenchFlags {
  values: string[];
  switches: string[];
}

export type BenchArgs = { ok: true; names: string[]; flags: string[] } | { ok: false; problem: string };

/** Splits argv into benchmark names and the flags passed through to them; refuses what no named benchmark reads. */
export function splitBenchArgs(argv: string[], known: Record<string, BenchFlags>): BenchArgs {
  const firstFlag = argv.findIndex((a) => a.startsWith('-'));
  const names = firstFlag < 0 ? argv : argv.slice(0, firstFlag);
  const flags = firstFlag < 0 ? [] : argv.slice(firstFlag);
  const unknown = names.filter((n) => !known[n]);
  if (unknown.length) return { ok: false, problem: `unknown benchmark(s): ${unknown.join(', ')}; run \`npm run bench -- --list\`` };
  const chosen = names.length ? names : Object.keys(known);
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const takesValue = chosen.filter((n) => known[n]!.values.includes(flag));
    const standsAlone = chosen.filter((n) => known[n]!.switches.includes(flag));
    const readers = takesValue.length + standsAlone.length;
    if (!flag.startsWith('-')) return { ok: false, problem: `"${flag}" is not a flag; put benchmark names before any flag` };
    if (readers < chosen.length) {
      const ignoring = chosen.filter((n) => !takesValue.includes(n) && !standsAlone.includes(n));
      return { ok: false, problem: `${flag} is not read by ${ignoring.join(', ')}; ${describeFlags(ignoring, known)}` };
    }
    if (takesValue.length) {
      const value = flags[i + 1];
      if (value === undefined || value.startsWith('-')) return { ok: false, problem: `${flag} needs a value, e.g. ${flag} 1000` };
      i++;
    }
  }
  return { ok: true, names: chosen, flags };
}

function describeFlags(names: string[], known: Record<string, BenchFlags>): string {
  return names
    .map((n) => {
      const all = [...known[n]!.values.map((f) => `${f} N`), ...known[n]!.switches];
      return `${n} takes ${all.length ? all.join(' ') : 'no flags'}`;
    })
    .join('; ');
}

/** `flags` plus each default whose flag is absent: the harness's defaults never override what was typed. */
export function withDefaults(flags: string[], defaults: Record<string, string>): string[] {
  const added = Object.entries(defaults).filter(([flag]) => !flags.includes(flag));
  return [...flags, ...added.flat()];
}
