/** Loads what the article job needs: the entry and its source's policy. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { EntryFacts, SourceFacts } from './build-item';

export interface EntryContext {
  entry: EntryFacts;
  source: SourceFacts;
  extract: { body?: string; remove?: string[] } | null;
}

import { sourceAliases } from '../store/source-aliases';

/** The entry (at its current version) and its source, or undefined when either is gone. */
export async function loadEntryContext(db: Kysely<Database>, entryId: number): Promise<EntryContext | undefined> {
  const row = await db
    .selectFrom('entries as e')
    .innerJoin('sources as s', 's.id', 'e.source_id')
    .select([
      'e.id',
      'e.version',
      'e.link',
      'e.title',
      'e.summary',
      'e.content_html',
      'e.authors',
      'e.categories',
      'e.origin',
      'e.published_at',
      'e.updated_at',
      's.id as source_id',
      's.name as source_name',
      's.homepage as source_homepage',
      's.rights',
      's.review',
      's.credit_template',
      's.categories as source_categories',
      's.language',
      's.settings',
    ])
    .where('e.id', '=', entryId)
    .executeTakeFirst();
  if (!row) return undefined;
  const settings = row.settings as { extract?: { body?: string; remove?: string[] } | null };
  return {
    entry: {
      id: row.id,
      version: row.version,
      link: row.link,
      title: row.title,
      summary: row.summary,
      content_html: row.content_html,
      authors: row.authors,
      categories: row.categories,
      origin: row.origin,
      published_at: row.published_at,
      updated_at: row.updated_at,
    },
    source: {
      id: row.source_id,
      name: row.source_name,
      homepage: row.source_homepage,
      aliases: sourceAliases(row.settings),
      rights: row.rights,
      review: row.review,
      credit_template: row.credit_template,
      categories: row.source_categories,
      language: row.language,
    },
    extract: settings.extract ?? null,
  };
}
