/**
 * Bounds on the text users send, in one place: what a curator may store and
 * what a filter may search for. Each check fails with BAD_USER_INPUT naming the
 * argument and the limit, before anything reaches the database. The limits are
 * constants rather than settings: they keep every value small enough for the
 * database's indexes (a range-index entry holds at most about 8 KB) and every
 * request's work small, which no deployment should loosen.
 */
import { badInput } from './errors';

export const inputLimits = {
  /** Characters of a curated entity name. */
  name: 200,
  /** Curated aliases of one entity. */
  aliases: 50,
  /** Characters of one curated alias. */
  alias: 200,
  /** Characters of a curator's note on a fact. */
  note: 2000,
  /** Characters of a text filter: entities(where: {name}), search(text). */
  filterText: 200,
};

/** C0 and C1 control characters (NUL, tab, newline, escape, ...): never part of a name. */
const controlCharacter = /\p{Cc}/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A lone UTF-16 surrogate cannot be stored: Neo4j would keep U+FFFD in its
 * place, silently changing the text. Refused wherever text is stored.
 */
export function refuseLoneSurrogates(argument: string, value: string): void {
  // With the u flag a paired surrogate is one code point, so \p{Cs} matches only lone halves.
  if (/\p{Cs}/u.test(value)) {
    throw badInput(argument, 'contains a lone UTF-16 surrogate (not valid Unicode text)');
  }
}

/** Trimmed text of 1 to max characters, without lone surrogates. */
export function boundedText(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badInput(argument, 'must not be empty');
  if (text.length > max) throw badInput(argument, `must be at most ${max} characters, got ${text.length}`);
  refuseLoneSurrogates(argument, text);
  return text;
}

/** A name or alias: bounded text without control characters. */
export function nameText(argument: string, value: string, max: number): string {
  const text = boundedText(argument, value, max);
  const control = controlCharacter.exec(text);
  if (control) throw badInput(argument, `must not contain control characters (found ${codePoint(control[0])})`);
  return text;
}

/** A list of at most max items. */
export function boundedList<T>(argument: string, items: T[], max: number): T[] {
  if (items.length > max) throw badInput(argument, `must have at most ${max} items, got ${items.length}`);
  return items;
}
