/** The shape of a per-language lexicon: cue words and phrases as regular-expression sources. */
import type { EntityKind, Role } from '../../../model';
import type { Language } from '../../types';

/**
 * ambassador: REPRESENTS (+ ACCREDITED_TO); consul: REPRESENTS only; head: GOVERNS;
 * post: HOLDS_POSITION; mission: a post at an embassy (HOLDS_POSITION there, REPRESENTS its country).
 */
export type TitleClass = 'ambassador' | 'consul' | 'head' | 'post' | 'mission';

export interface TitleSpec {
  /** Regex source, matched case-insensitively at word boundaries. */
  pattern: string;
  class: TitleClass;
  role: Role;
  /** Kinds of entity the post belongs to, in order of preference (a mayor heads a city, a president a country). */
  at?: readonly EntityKind[];
}

export interface Lexicon {
  language: Language;
  titles: readonly TitleSpec[];
  /** Words before a title that belong to it: "stellvertretende", "Чрезвычайный и Полномочный" (regex source). */
  titleModifiers: string;
  /** Rewrites [regex source, replacement] that take a title back to its citation form ("Посла" → "Посол"). */
  titleCitation: readonly (readonly [string, string])[];
  /** The word that joins a title to a description of the post rather than to its place ("of" in "Director of Cultural Affairs", "für"). */
  postExtension: string;
  /** The word before a post's portfolio, which may stand between title and name ("for investment", "по инвестициям"). */
  portfolioWord: string;
  /** Articles between a name and the title in apposition to it ("Ali Veli, the governor", "der Botschafter"). */
  appositionArticles: string;
  /** The conjunction of a list ("and", "und", "и"). */
  conjunction: string;
  /** Words that may stand between a title and the name after it: articles, prepositions, "this" (regex source). */
  titleConnectors: string;
  /** Articles and prepositions after which a capitalised run belongs to the title's complement, not to a name. */
  complementArticles: string;
  /** The only lower-case words of a headline in title case ("to", "and"); empty where headlines are not title case. */
  headlineLowercase: string;
  /** Words right before a capitalised run that make it a thing or a place, not a person ("the", "at"). */
  thingBefore: string;
  /** Endings of nationality adjectives, taken off to find the country's name ("Latvian" → "Latv"). */
  demonymEndings: string;
  /** Capitalised words that end names of things and are never part of a person's name ("Prefecture", "Sea", "Hall"). */
  nonNameWords: readonly string[];
  /** Where names have three words only with a middle name: its pattern (Russian patronymics); empty elsewhere. */
  middleName: string;
  /** The genitive ending of a name ("Leipzigs"); empty where there is none to strip. */
  genitiveEnding: string;
  /** Courtesy words before a name that are not part of it: "Mr.", "Prof. h.c.", "Herr", "г-н" (regex source). */
  honorifics: string;
  /** Capitalised words that are never the start of a name (sentence-initial function words). */
  stopwords: ReadonlySet<string>;
  /** Words after which a proper name continues across "of"/"and" ("Chamber of Commerce and Industry"). */
  orgHeads: readonly string[];
  /** Last words that make a capitalised span an organisation. */
  orgSuffixes: readonly string[];
  /** Lower-case nouns right after or before a name that make it an organisation ("flour mill", "завод"). */
  orgNouns: readonly string[];
  /** Legal forms written before a (quoted) name: ООО "X", AO X. */
  legalPrefixes: readonly string[];
  eventWords: readonly string[];
  /** Region type words: [regex source, suffix of the canonical name]. */
  regionWords: readonly (readonly [string, string])[];
  cue: {
    meet: RegExp;
    visit: RegExp;
    invest: RegExp;
    investor: RegExp;
    sign: RegExp;
    agreement: RegExp;
    trade: RegExp;
    participate: RegExp;
    organize: RegExp;
    speech: RegExp;
    held: RegExp;
    planned: RegExp;
    intention: RegExp;
    target: RegExp;
    delegation: RegExp;
    /** "headed by", "unter Leitung von", "во главе с": the first person after it leads the delegation. */
    leader: RegExp;
    /** Visit cues with no agent ("a tour of X was held", "was shown"): the visitor is the last one named. */
    visitAgentless: RegExp;
    /** Where a visit's object phrase ends: a relative or new clause ("where", ", wo", ", где"). */
    clauseStop: RegExp;
    /** Just before a place that locates something rather than being visited ("located in", "aus", "расположенное в"). */
    locativeBefore: RegExp;
    /** Subject pronouns for the person the article follows ("he", "sie", "он"). */
    pronoun: RegExp;
    /** The visiting group as a whole ("the guests", "die Gäste", "гостям"). */
    guests: RegExp;
    sides: RegExp;
    locatedIn: RegExp;
    cityMarker: RegExp;
    /** Right before the host country of a diplomat ("to", "in der Bundesrepublik", "в"). */
    hostBefore: RegExp;
    /** A reference to the region last named ("this region", "the region", "dieses Gebiets", "этой области"). */
    thisTerritory: RegExp;
  };
  /** Month names (and stems) to month numbers. */
  months: readonly (readonly [string, number])[];
  /** Number words: million, Milliarden, млрд. */
  scales: readonly (readonly [string, number])[];
  currencies: readonly (readonly [string, string])[];
}
