/** The lexicon of each supported language. */
import type { Language } from '../../types';
import { de } from './de';
import { en } from './en';
import { ru } from './ru';
import type { Lexicon } from './types';

export const lexicons: Record<Language, Lexicon> = { en, de, ru };
export type { Lexicon, TitleClass, TitleSpec } from './types';
