/** HTML/XML text escaping shared by every writer of markup (excerpts, OPML, wire bodies). Pure. */

/** Escapes text for element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
