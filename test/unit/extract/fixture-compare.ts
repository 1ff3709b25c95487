/** How an attribution fixture's expected.json is compared with the extractor's answer (tests and conformance). */
import type { ExtractedArticle } from '../../../src/workers/extract/types';

export interface FixtureExpected {
  url: string;
  options?: Record<string, unknown>;
  title: string | null;
  byline: string | null;
  published_at: string | null;
  canonical_url: string | null;
  original_source: { name: string | null; url?: string | null } | null;
  rights_notice: string | null;
  /** Optional: a phrase the text must contain and one it must not. */
  text_includes?: string[];
  text_excludes?: string[];
}

export const FIELDS = ['title', 'byline', 'published_at', 'canonical_url', 'original_source', 'rights_notice'] as const;

const loose = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Field-by-field verdicts: title and byline exact after NFKC, case and whitespace folding; dates as
 * equal instants; original_source by display or canonical name (and URL when the label gives one).
 */
export function compareFixture(e: FixtureExpected, got: ExtractedArticle | null): Record<(typeof FIELDS)[number], boolean> {
  return {
    title: loose(e.title) === loose(got?.title),
    byline: loose(e.byline) === loose(got?.byline),
    published_at: sameInstant(e.published_at, got?.published_at ?? null),
    canonical_url: (e.canonical_url ?? null) === (got?.canonical_url ?? null),
    original_source: sameSource(e.original_source, got?.original_source ?? null),
    rights_notice: loose(e.rights_notice) === loose(got?.rights_notice),
  };
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  return Date.parse(a) === Date.parse(b);
}

function sameSource(e: FixtureExpected['original_source'], got: ExtractedArticle['original_source']): boolean {
  if (!e || !got) return !e && !got;
  const nameOk = loose(e.name) === loose(got.name) || loose(e.name) === loose(got.canonical_name);
  return nameOk && (e.url === undefined || (e.url ?? null) === (got.url ?? null));
}
