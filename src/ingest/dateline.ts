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
