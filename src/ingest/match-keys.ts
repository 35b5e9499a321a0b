/**
 * Keys that entity resolution matches on, beyond the folded name (foldKey, which
 * also makes graph ids and so stays as it is): the name without its legal form
 * ("Namangan Textile Group LLC", "ООО Namangan Textile Group" → "namangan textile
 * group"; "Индорама Корпорейшн" → "indorama", as "Indorama Corporation"), and for
 * a country name in any of en/de/ru its English name ("Республика Корея" and
 * "Republic of Korea" → "south korea").
 */
import { countryEnglishName } from './languages/shared/countries';
import { foldKey } from '../model/fold';

/**
 * Legal forms as folded words (doubled letters already single: LLC → "lc", ООО → "o", ТОО → "to"),
 * including the Russian transliterations of English ones ("Корпорейшн", "Лимитед").
 */
const legalForms = new Set([
  'lc',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'co',
  'ltd',
  'limited',
  'inc',
  'corp',
  'corporation',
  'korporeishn',
  'korporacia',
  'limited',
  'limited',
  'limitid',
  'gmbh',
  'ag',
  'kg',
  'plc',
  'o',
  'oao',
  'zao',
  'pao',
  'ao',
  'to',
  'mchj',
  'as',
  'sa',
]);

/** The folded key without legal-form words; the key itself when nothing else would be left. */
export function withoutLegalForm(key: string): string {
  const words = key.split(' ').filter((word) => !legalForms.has(word));
  return words.length > 0 ? words.join(' ') : key;
}

/** Every key a name is matched on: its folded key, the key without legal form, the country's English name. */
export function matchKeys(name: string): string[] {
  const key = foldKey(name);
  const keys = new Set([key, withoutLegalForm(key)]);
  const country = countryEnglishName(name);
  if (country) keys.add(foldKey(country));
  return [...keys].filter((k) => k !== '');
}
