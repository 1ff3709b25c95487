/**
 * A feed's `poll_state` column, typed: what the last poll learned (RSS ttl, skipHours/skipDays,
 * entries per day, WebSub hubs) and, for folder feeds, the directory feeds.yaml names. The fetch
 * job, the WebSub tick, the folder watcher and the config sync read and write it through this one
 * parse/serialize pair. Pure.
 */
import { z } from 'zod';

/** A field that is missing or of the wrong type reads as absent: one bad key never hides the others. */
const PollStateSchema = z.object({
  /** RSS <ttl>, minutes; null when the last document had none. */
  ttl: z.number().nullable().optional().catch(undefined),
  /** RSS <skipHours>: GMT hours not to poll in. */
  skip_hours: z.array(z.number()).optional().catch(undefined),
  /** RSS <skipDays>: day names not to poll on. */
  skip_days: z.array(z.string()).optional().catch(undefined),
  /** Entries per day over the last week of the last poll (adaptive polling). */
  per_day: z.number().optional().catch(undefined),
  /** WebSub hubs the feed or its Link header named; non-string members are dropped. */
  hubs: z
    .array(z.unknown())
    .transform((hubs) => hubs.filter((h): h is string => typeof h === 'string'))
    .optional()
    .catch(undefined),
  /** Folder feeds: the directory to watch, as feeds.yaml gives it (null on the other feeds the config sync wrote). */
  path: z.string().nullable().optional().catch(undefined),
});

export type PollState = z.infer<typeof PollStateSchema>;

/** The typed poll state of a stored `poll_state` value; anything unreadable reads as `{}`. */
export function parsePollState(raw: unknown): PollState {
  const r = PollStateSchema.safeParse(raw ?? {});
  return r.success ? r.data : {};
}

/** The column value for a poll state (JSON; absent fields are left out). */
export function serializePollState(state: PollState): string {
  return JSON.stringify(state);
}

/** `base` with the fields `next` sets replaced: a poll keeps what it did not learn anew (a folder's path). */
export function mergePollState(base: PollState, next: PollState): PollState {
  return { ...base, ...next };
}
