/**
 * The rights an item may be republished under: the source's policy from feeds.yaml, narrowed by
 * the usage terms the wire document carries. A stricter term always wins; a looser term never
 * widens the source's policy. Pure.
 */
import type { Rights } from '../settings/feeds-schema';

/** Strictness order: a higher index allows less. */
const ORDER: readonly Rights[] = ['full', 'excerpt', 'headline', 'none'];

/** Usage-term phrases and the most they allow, strictest first (IPTC usageTerms is free text). */
const TERMS: readonly [RegExp, Rights][] = [
  [
    /\b(?:not|never)\s+for\s+(?:re-?)?(?:publication|distribution|broadcast)|\bdo\s+not\s+(?:re-?)?(?:publish|use|distribute)|\binternal\s+use\s+only|\bembargoed?\b|\bno\s+(?:re-?)?publication/i,
    'none',
  ],
  [/\bheadlines?\s+only\b|\bheadline\s+and\s+link\s+only/i, 'headline'],
  [
    /\b(?:excerpts?|summary|abstract|teaser)\s+only\b|\bup\s+to\s+\d+\s+words\b|\bmay\s+(?:only\s+)?(?:be\s+)?(?:quoted|excerpted)/i,
    'excerpt',
  ],
];

/** The stricter of two rights. */
export function stricterRights(a: Rights, b: Rights): Rights {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** True when `a` allows more than `b` ("full" over "excerpt"): the better copy of a story. */
export function allowsMore(a: Rights, b: Rights): boolean {
  return ORDER.indexOf(a) < ORDER.indexOf(b);
}

/** What a usage-terms statement allows at most, or null when it does not restrict. */
export function rightsFromUsageTerms(terms: string | null): Rights | null {
  if (!terms) return null;
  for (const [re, rights] of TERMS) if (re.test(terms)) return rights;
  return null;
}

/** The rights statements a wire document carries (IPTC rightsInfo / NITF doc.rights; wire/types' WireRightsInfo). */
export interface UsageTerms {
  usage_terms: string | null;
  copyright_notice: string | null;
  /** Who holds the copyright; carried along, it does not narrow the rights. */
  copyright_holder?: string | null;
}

export interface EffectiveRights {
  rights: Rights;
  /** Why the rights were narrowed, or null when the source's policy applies unchanged. */
  reason: string | null;
}

/** The source's rights narrowed by the document's usage terms and copyright notice. */
export function effectiveRights(sourceRights: Rights, info: UsageTerms): EffectiveRights {
  const fromTerms = rightsFromUsageTerms(info.usage_terms) ?? rightsFromUsageTerms(info.copyright_notice);
  if (!fromTerms) return { rights: sourceRights, reason: null };
  const rights = stricterRights(sourceRights, fromTerms);
  return {
    rights,
    reason:
      rights === sourceRights
        ? null
        : `usage terms allow ${fromTerms}: "${(info.usage_terms ?? info.copyright_notice ?? '').slice(0, 200)}"`,
  };
}
