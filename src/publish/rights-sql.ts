/**
 * An item's effective rights in SQL: the stricter of its source's policy (`s.rights`) and what its
 * wire document allows (`w.rights_cap`, migration 0009; no row for feed items). The same rule as
 * policy/effective-rights' stricterRights, so every query that lists, searches or counts items
 * reports and applies the item's rights, not the source's.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Rights } from '../settings/feeds-schema';

/** The effective rights of the row of `items as i` joined to `sources as s` and `wire_entries as w`. */
export function effectiveRightsSql(): RawBuilder<Rights> {
  return sql<Rights>`(CASE
    WHEN s.rights = 'none' OR w.rights_cap = 'none' THEN 'none'
    WHEN s.rights = 'headline' OR w.rights_cap = 'headline' THEN 'headline'
    WHEN s.rights = 'excerpt' OR w.rights_cap = 'excerpt' THEN 'excerpt'
    ELSE 'full' END)`;
}

/**
 * The text search vector of what an item's output shows under its effective rights: full, the whole
 * stored vector (title, summary, text); excerpt, the title and the first `excerpt_words` words (as
 * applyRights cuts them, from the text or else the summary's text); headline, the title only.
 */
export function visibleSearchSql(): RawBuilder<unknown> {
  const rights = effectiveRightsSql();
  const base = sql`regexp_replace(left(coalesce(nullif(i.text, ''), regexp_replace(coalesce(i.summary, ''), '<[^>]*>', ' ', 'g')), s.excerpt_words * ${EXCERPT_CHARS_PER_WORD}), '^\\s+', '')`;
  const excerpt = sql`array_to_string((regexp_split_to_array(${base}, '\\s+'))[1:s.excerpt_words], ' ')`;
  const title = sql`to_tsvector('simple', coalesce(i.title, ''))`;
  return sql`(CASE ${rights}
    WHEN 'full' THEN i.search
    WHEN 'excerpt' THEN ${title} || to_tsvector('simple', ${excerpt})
    ELSE ${title} END)`;
}

/** Characters read per excerpt word (item-queries' PREFIX_CHARS_PER_WORD): enough for any real word. */
const EXCERPT_CHARS_PER_WORD = 64;
