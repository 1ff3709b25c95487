/** Text without its accents and other combining marks ("Lucía" → "Lucia", "JOSÉ" → "JOSE"): names compared as a reader does. Pure. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
