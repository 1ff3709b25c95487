/**
 * The decisions of the one ingest funnel, without I/O: what a document that arrived on a channel
 * is (a wire document read whole, a feed for the channel's reader, or refused with a code), and
 * where each stored entry goes next (its wire item built now, a wire-entry job, or an article job).
 * Pure.
 */
import { detectWireFormat, parseWire } from './parse/wire/index';
import type { WireDocument, WireFailureCode, WireFormat } from './parse/wire/types';

/** How copy arrives: a feed poll, a WebSub delivery, a partner's POST, a file in a watched folder. */
export type IngestChannel = 'pull' | 'websub' | 'push' | 'folder';

export interface ChannelRules {
  /** Whether a body that is not wire copy is read as a feed (else it is refused). */
  takesFeeds: boolean;
  /**
   * Whether full-text wire entries become items before the channel answers (the push reply lists
   * them, the folder moves the file once they exist) rather than through wire-entry jobs.
   */
  buildsNow: boolean;
}

export const CHANNELS: Readonly<Record<IngestChannel, ChannelRules>> = {
  pull: { takesFeeds: true, buildsNow: false },
  websub: { takesFeeds: true, buildsNow: false },
  push: { takesFeeds: false, buildsNow: true },
  folder: { takesFeeds: false, buildsNow: true },
};

const WIRE_TYPES: readonly WireFormat[] = ['nitf', 'newsml', 'ninjs'];

/** The wire format a feed's type declares (feeds.yaml `type: nitf|newsml|ninjs`), if any. */
export function declaredWireFormat(feedType: string): WireFormat | undefined {
  return WIRE_TYPES.find((t) => t === feedType);
}

export type IngestPlan =
  { kind: 'wire'; doc: WireDocument } | { kind: 'feed' } | { kind: 'refused'; code: WireFailureCode; reason: string };

/**
 * What a body is, decided before anything is written: wire copy when the feed declares a wire type
 * or the content is NITF/NewsML-G2/ninjs (read whole here), else a feed on channels that take feeds.
 */
export function planIngest(body: Buffer, feedType: string, rules: ChannelRules, contentType?: string): IngestPlan {
  const declared = declaredWireFormat(feedType);
  if (rules.takesFeeds && !declared && !detectWireFormat(body)) return { kind: 'feed' };
  const r = parseWire(body, declared, contentType);
  return r.ok ? { kind: 'wire', doc: r.doc } : { kind: 'refused', code: r.code, reason: r.reason };
}

export interface EntryVersion {
  id: number;
  version: number;
}

export interface DispatchPlan {
  /** Full-text wire entries whose items are built before the channel answers. */
  buildNow: EntryVersion[];
  /** Full-text wire entries handed to wire-entry jobs. */
  wireJobs: EntryVersion[];
  /** Entries whose page is fetched by an article job. */
  articleJobs: EntryVersion[];
}

/** Where new and changed entries go: `wireIds` are the full-text wire entries among them (no page to fetch). */
export function planDispatch(entries: readonly EntryVersion[], wireIds: ReadonlySet<number>, rules: ChannelRules): DispatchPlan {
  const plan: DispatchPlan = { buildNow: [], wireJobs: [], articleJobs: [] };
  for (const e of entries) {
    if (!wireIds.has(e.id)) plan.articleJobs.push(e);
    else if (rules.buildsNow) plan.buildNow.push(e);
    else plan.wireJobs.push(e);
  }
  return plan;
}
