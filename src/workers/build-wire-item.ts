/**
 * A stored item from a wire entry: the same `buildItem` as feeds (the story is already complete,
 * so there is no page), then the wire's own facts on top — the creditline as the original
 * source, the usage terms as the rights notice, and the effective rights: content beyond what
 * they allow is not stored at all, and `none` keeps the item from publication. Pure.
 */
import { applyRights } from '../policy/rights';
import { decideInitialStatus } from '../policy/review';
import { buildItem, plainOrNull, type BuiltItem, type EntryFacts, type SourceFacts } from './build-item';
import { effectiveRights } from '../policy/effective-rights';
import type { WireEntryFacts } from '../store/wire-store';
import { embargoReason, isEmbargoed } from '../policy/embargo';

export interface WireBuildInput {
  entry: EntryFacts;
  source: SourceFacts & { excerpt_words: number };
  wire: WireEntryFacts;
  /** The entry's body, already sanitized. */
  bodyHtml: string | null;
  now: Date;
}

/** Builds the item and its review decision under the effective rights. */
export function buildWireItem(i: WireBuildInput): BuiltItem & { effectiveRights: string } {
  const eff = effectiveRights(i.source.rights, {
    copyright_holder: i.wire.copyright_holder,
    copyright_notice: i.wire.copyright_notice,
    usage_terms: i.wire.usage_terms,
  });
  const base = buildItem({ entry: i.entry, source: i.source, article: null, feedContentHtml: i.bodyHtml, extractError: null, now: i.now });
  const notice = i.wire.usage_terms ?? i.wire.copyright_notice;
  const narrowed =
    eff.rights !== i.source.rights
      ? applyRights(eff.rights, { summary: base.summary, content_html: base.contentHtml, text: base.text }, i.source.excerpt_words)
      : null;
  const decision = embargoed(decideInitialStatus(i.source.review, eff.rights, notice), i.wire.embargo_until, i.now);
  return {
    ...base,
    byline: plainOrNull(i.wire.byline?.replace(/^by\s+/i, '')) ?? base.byline,
    rightsNotice: notice,
    siteName: i.wire.copyright_holder ?? base.siteName,
    contentFrom: 'feed',
    ...(narrowed
      ? {
          summary: narrowed.summary,
          contentHtml: narrowed.content_html,
          text: narrowed.text,
          wordCount: narrowed.text ? narrowed.text.split(/\s+/).filter(Boolean).length : 0,
        }
      : {}),
    decision:
      eff.reason && decision.status !== 'published'
        ? { status: decision.status, reason: `${decision.reason ?? ''}; ${eff.reason}`.replace(/^; /, '') }
        : decision,
    effectiveRights: eff.rights,
  };
}

/** An item that would go out now is held while its structural embargo runs; the release publishes it. */
function embargoed(decision: BuiltItem['decision'], until: Date | null, now: Date): BuiltItem['decision'] {
  if (until === null || !isEmbargoed(until, now) || decision.status !== 'published') return decision;
  return { status: 'held', reason: embargoReason(until) };
}
