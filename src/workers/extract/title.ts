/**
 * The story's headline, not the site's: og:title, JSON-LD headline, the article's <h1> and <title>
 * minus the site's name are compared, and the one that matches the article wins. Pure.
 */
import { DomElement, closest, rawText } from './dom';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { cleanText } from './text';

/** Headlines shorter than this (after cleaning) are a logo or a label. */
const MIN_HEADLINE_CHARS = 4;
/** An h1 in the article that agrees with no reference still wins with this many words (one word is a section label: "News", "Salon"). */
const MIN_H1_WORDS = 2;
/** An h1 agrees with a reference when the shorter holds at least this share of the longer. */
const MIN_AGREEMENT = 0.4;
/** Separators between a headline and a site name in <title> ("Story | Site", "Site :: Story ::"). */
const SITE_SEPARATOR = /\s+(?:[|–—»·•]|-{1,2}|::)\s+|\s*(?:::|\|)\s*$|^\s*(?:::|\|)\s*/u;

/** A permalink sign after a heading ("Title¶", "Title #"). */
const PERMALINK_MARK = /\s*[¶#§🔗]$/u;

export interface Headline {
  title: string | null;
  /** The h1 that holds the headline, when one does (bylines are looked for near it). */
  h1: DomElement | null;
}

/** Chooses the headline; `siteNames` are the page's own names (og:site_name, publisher, host). */
export function readHeadline(facts: PageFacts, ld: LdArticle | null, siteNames: string[]): Headline {
  const og = nonEmpty(facts.meta.get('og:title')) ?? nonEmpty(facts.meta.get('twitter:title'));
  const doc = nonEmpty(facts.title);
  const sites = [...siteNames, ...siteSides(doc), ...siteSides(og)].map(loose).filter(Boolean);
  const refs = [og, nonEmpty(ld?.headline), doc].filter((x): x is string => !!x).map((r) => loose(stripSiteName(r, sites)));
  const h1s = facts.h1
    .map((el) => ({ el, text: cleanText(rawText(el)).replace(PERMALINK_MARK, '') }))
    .filter((h) => h.text.length >= MIN_HEADLINE_CHARS && !isSite(h.text, sites));
  const agreeing = h1s.find((h) => refs.some((r) => agrees(loose(h.text), r)));
  const inArticle =
    agreeing ?? h1s.find((h) => (closest(h.el, 'article') || closest(h.el, 'main')) && h.text.split(/\s+/u).length >= MIN_H1_WORDS);
  if (inArticle) return { title: inArticle.text, h1: inArticle.el };
  const fallback = [nonEmpty(ld?.headline), og, doc].map((t) => (t ? stripSiteName(t, sites) : null)).find((t) => t && !isSite(t, sites));
  return { title: fallback ?? h1s[0]?.text ?? null, h1: h1s[0]?.el ?? null };
}

function agrees(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * MIN_AGREEMENT;
}

function isSite(text: string, sites: string[]): boolean {
  const t = loose(text);
  return sites.some((s) => s === t);
}

/** The short outer parts of "Story | Site" or "Site - Story": what a site calls itself in titles. */
function siteSides(title: string | null): string[] {
  if (!title) return [];
  const parts = title
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const first = parts[0]!,
    last = parts[parts.length - 1]!;
  return first.length < last.length ? [first] : [last];
}

/** "Headline – Site Name" → "Headline": drops an outer part that is a known site name, else the shorter outer part of a long title. */
export function stripSiteName(title: string, sites: string[] = []): string {
  const parts = title
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.replace(/^[\s|:]+|[\s|:]+$/gu, '');
  while (parts.length > 1 && sites.includes(loose(parts[parts.length - 1]!))) parts.pop();
  while (parts.length > 1 && sites.includes(loose(parts[0]!))) parts.shift();
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!,
    last = parts[parts.length - 1]!;
  const kept = first.length >= last.length ? parts.slice(0, -1) : parts.slice(1);
  const story = kept.join(' - ');
  return story.split(/\s+/u).length >= 3 || /\p{Script=Han}/u.test(story) ? story : title;
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s ? cleanText(s) : '';
  return t || null;
}

function loose(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.(?:com|de|org|net|fr|es|it|at|ch|co\.uk|uk)\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
