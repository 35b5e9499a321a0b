/**
 * The dateline ("TASHKENT, 12 February 2024", "Almaty, 5. Juni 2024",
 * "Конаев, 20 августа 2024 г.", "date 2024-02-14") gives the publication date
 * when none is given.
 */
import type { LanguagePack } from './languages';
import { dateIn } from './extract/relations/quantities';

export function datelineDate(firstLine: string, lexicon: LanguagePack): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(firstLine);
  if (iso) return iso[1];
  if (firstLine.length > 80) return undefined;
  const year = /\b(\d{4})\b/.exec(firstLine)?.[1];
  return year ? dateIn(firstLine, lexicon, year) : undefined;
}

/** "Пенза, 18 сентября 2025.", "TASHKENT, March 5, 2024": a line that is only a place and a date, below a headline too. */
export function isPlaceDateLine(sentence: string, lexicon: LanguagePack): boolean {
  const parts = /^\p{Lu}[\p{L}\p{M} -]{0,30},\s*(.{4,30})$/u.exec(sentence.trim());
  return parts?.[1] !== undefined && /\b\d{4}\b/.test(parts[1]) && datelineDate(parts[1], lexicon) !== undefined;
}
