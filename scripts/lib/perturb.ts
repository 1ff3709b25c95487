/**
 * Page perturbations for the conformance script's robustness lines (`--perturb KIND`): the same dev
 * pages with one kind of signal taken away, to see how much of a figure rests on it. They stand for
 * page kinds the corpora under-represent:
 * - `no-structured`: sites without structured data — no JSON-LD, no <meta> (og:, article:, author,
 *   description …), no microdata (itemprop/itemscope/itemtype), no rel=author. Only what a reader sees,
 *   plus <title>, is left.
 * - `hashed-classes`: sites built with CSS modules or styled-components, whose class and id values are
 *   generated tokens ("css-1q2w3e", "sc-a1b2c3") that say nothing about what a block is.
 * Pure string in, string out.
 */
import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';

export const PERTURBATIONS = ['no-structured', 'hashed-classes'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

export function perturb(html: string, kind: Perturbation): string {
  const $ = cheerio.load(html);
  if (kind === 'no-structured') dropStructured($);
  else hashClasses($);
  return $.html();
}

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
