/**
 * Page perturbations for the conformance script's robustness lines (`--perturb KIND[,KIND…]`): the same
 * dev pages with one kind of signal taken away, to see how much of a figure rests on it. They stand for
 * page kinds the corpora under-represent:
 * - `no-structured`: sites without structured data — no JSON-LD, no <meta> (og:, article:, author,
 *   description …), no microdata (itemprop/itemscope/itemtype), no rel=author. Only what a reader sees,
 *   plus <title>, is left.
 * - `hashed-classes`: sites built with CSS modules or styled-components, whose class and id values are
 *   generated tokens ("css-1q2w3e", "sc-a1b2c3") that say nothing about what a block is.
 * - `no-semantic`: sites without HTML5 sectioning (public bodies, old CMSs, small sites, shops): every
 *   <article>, <main>, <header>, <footer>, <nav>, <aside>, <section>, <figure>, <figcaption> and <hgroup>
 *   becomes a <div>, every <time> a <span> without its `datetime`; classes, ids and other attributes stay.
 * Kinds combine (`hashed-classes,no-semantic`), applied in order. Pure string in, string out.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { createHash } from 'node:crypto';

export const PERTURBATIONS = ['no-structured', 'hashed-classes', 'no-semantic'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

/** The HTML5 elements `no-semantic` turns into a <div> (<time> becomes a <span>). */
const SECTIONING = ['article', 'main', 'header', 'footer', 'nav', 'aside', 'section', 'figure', 'figcaption', 'hgroup'];

/** The page with each kind's signal taken away, kinds in the order given. */
export function perturb(html: string, kinds: Perturbation | readonly Perturbation[]): string {
  const $ = loadAsExtracted(html);
  for (const kind of typeof kinds === 'string' ? [kinds] : kinds) PERTURBERS[kind]($);
  return $.html();
}

/** "hashed-classes,no-semantic" → the kinds, or an error message naming the unknown one and the choices. */
export function parsePerturbations(arg: string): Perturbation[] | { error: string } {
  const kinds = arg.split(',').map((k) => k.trim());
  const unknown = kinds.find((k) => !(PERTURBATIONS as readonly string[]).includes(k));
  if (unknown !== undefined) {
    return { error: `--perturb: unknown kind "${unknown}"; use one of ${PERTURBATIONS.join(', ')}, or several joined by commas` };
  }
  return kinds as Perturbation[];
}

/**
 * The page parsed as the extractor parses it (htmlparser2, src/workers/extract/parse.ts), not by cheerio's default
 * parse5: the perturbed page then differs from the original only by what the perturbation took away, and parsing costs
 * about a fifth.
 */
export function loadAsExtracted(html: string): cheerio.CheerioAPI {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

const PERTURBERS: Record<Perturbation, ($: cheerio.CheerioAPI) => void> = {
  'no-structured': dropStructured,
  'hashed-classes': hashClasses,
  'no-semantic': dropSemantic,
};

function dropStructured($: cheerio.CheerioAPI): void {
  $('script[type*="ld+json"], meta').remove();
  $('[itemprop], [itemscope], [itemtype]').removeAttr('itemprop').removeAttr('itemscope').removeAttr('itemtype');
  $('[rel]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').replace(/\bauthor\b/gi, '').trim();
    if (rel) $(el).attr('rel', rel);
    else $(el).removeAttr('rel');
  });
}

/** Every class and id becomes a token derived from its value, so equal values stay equal (CSS still "works"). */
function hashClasses($: cheerio.CheerioAPI): void {
  const token = (v: string) => `css-${createHash('sha1').update(v).digest('hex').slice(0, 6)}`;
  $('[class]').each((_, el) => {
    const words = ($(el).attr('class') ?? '').split(/\s+/).filter(Boolean);
    $(el).attr('class', words.map(token).join(' '));
  });
  $('[id]').each((_, el) => {
    $(el).attr('id', token($(el).attr('id') ?? ''));
  });
}

/** Sectioning elements become <div>s and <time> a <span> (a span has no `datetime`); attributes otherwise stay. */
function dropSemantic($: cheerio.CheerioAPI): void {
  $(SECTIONING.join(', ')).each((_, el) => rename(el as Element, 'div'));
  $('time').each((_, el) => {
    rename(el as Element, 'span');
    $(el).removeAttr('datetime');
  });
}

function rename(el: Element, tag: string): void {
  el.name = tag;
  el.tagName = tag;
}
