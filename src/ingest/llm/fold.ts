/**
 * The key two names are compared by: lower case, diacritics stripped (NFD),
 * white space collapsed. A local stand-in until src/ingest/fold.ts (foldKey,
 * with transliteration) exists; then import that instead.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
