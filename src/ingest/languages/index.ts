/**
 * The language packs: one folder per language under src/ingest/languages/,
 * one line here per folder. The list of supported languages, the `Language`
 * type and everything that names the languages (input validation, detection,
 * the gold schema, CLI usage) derive from this registry. Adding a language is
 * adding a folder and its line (see "How to add a language" in README.md).
 */
import { de } from './de';
import { en } from './en';
import { ru } from './ru';
import { uz } from './uz';
import type { LanguagePack } from './types';

export const packs = { en, de, ru, uz } satisfies Record<string, LanguagePack>;

/** A supported language: a key of the registry. */
export type Language = keyof typeof packs;

/** The supported languages, in registry order. */
export const languages = Object.keys(packs) as [Language, ...Language[]];

export function isLanguage(code: string): code is Language {
  return Object.hasOwn(packs, code);
}

export type { LanguagePack, Referent, TitleClass, TitleSpec } from './types';
