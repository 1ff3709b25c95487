/** Language tags as pages declare them. Pure. */

/** The primary language subtag, lower case: "de-AT" → "de", og:locale's "pt_BR" → "pt", " EN " → "en"; "" for none. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}
