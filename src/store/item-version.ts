/**
 * An item's previous version, kept when a new one goes live: a row in item_versions (the earlier
 * version with the diff to the next one) and the item's `previous_version` (the desk's diff). Used
 * by the pipeline when an update goes straight out and by the desk when it approves a waiting one.
 */
import { createTwoFilesPatch } from 'diff';
import type { Transaction } from 'kysely';
import type { Database, ItemRow } from '../../db/schema';

type Tx = Transaction<Database>;

export interface VersionSide {
  version: number;
  title: string;
  text: string | null;
}

function versionText(title: string, text: string | null): string {
  return `${title}\n\n${(text ?? '').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Unified diff of one version's headline and text against another's. */
export function versionDiff(from: VersionSide, to: VersionSide): string {
  return createTwoFilesPatch(
    `version ${from.version}`,
    `version ${to.version}`,
    versionText(from.title, from.text),
    versionText(to.title, to.text),
  );
}

/** Keeps `row` as it is now as the previous version of `next`; returns the diff and the `previous_version` JSON. */
export async function keepPreviousVersion(
  tx: Tx,
  row: Pick<ItemRow, 'id' | 'version' | 'title' | 'text' | 'content_hash' | 'content_html' | 'summary'>,
  next: VersionSide,
  now: Date,
): Promise<{ diff: string; previous: string }> {
  const diff = versionDiff(row, next);
  await tx
    .insertInto('item_versions')
    .values({
      item_id: row.id,
      version: row.version,
      title: row.title,
      text: row.text,
      content_hash: row.content_hash,
      diff,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const previous = { version: row.version, title: row.title, text: row.text, content_html: row.content_html, summary: row.summary, diff };
  return { diff, previous: JSON.stringify(previous) };
}
