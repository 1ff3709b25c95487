/**
 * A tiny HTML template tag: every interpolated value is escaped unless it is a `Raw` fragment
 * built by this module, so a title or a reason can never become markup. Pure.
 */
import { escapeHtml } from '../../core/html';

/** Markup known to be safe (built by `html` or sanitized upstream). */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = string | number | boolean | null | undefined | Raw | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Raw) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Builds markup from a template, escaping every value. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

/** Marks already-sanitized HTML (extracted article bodies) as safe to insert. */
export function trusted(markup: string | null | undefined): Raw {
  return new Raw(markup ?? '');
}

/** A date for people: "2026-11-28 03:12 UTC". */
export function formatTime(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return new Date(d).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** An attribute that is present or absent (`selected`, `checked`). */
export function flag(name: string, on: boolean): Raw {
  return new Raw(on ? ` ${name}` : '');
}
