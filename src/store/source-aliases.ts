/**
 * A source's feeds.yaml `aliases` (issue 16: outlet identity), kept in the source row's `settings`
 * JSON by sync-sources, so every stage matching a found credit to a configured source reads them.
 */

/** The aliases stored in a source row's `settings`, or none. */
export function sourceAliases(settings: Record<string, unknown> | null | undefined): string[] {
  const aliases = settings?.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
}
