/** The shape of a per-language lexicon: cue words and phrases as regular-expression sources. */
import type { Role } from '../../../model';
import type { Language } from '../../types';

/** ambassador: REPRESENTS (+ ACCREDITED_TO); consul: REPRESENTS only; head: GOVERNS; post: HOLDS_POSITION. */
export type TitleClass = 'ambassador' | 'consul' | 'head' | 'post';

export interface TitleSpec {
  /** Regex source, matched case-insensitively at word boundaries. */
  pattern: string;
  class: TitleClass;
  role: Role;
}

export interface Lexicon {
  language: Language;
  titles: readonly TitleSpec[];
  /** Capitalised words that are never the start of a name (sentence-initial function words). */
  stopwords: ReadonlySet<string>;
  /** Words after which a proper name continues across "of"/"and" ("Chamber of Commerce and Industry"). */
  orgHeads: readonly string[];
  /** Regex source of what joins a head noun to the rest of an organisation's name ("of the", "named after"). */
  orgLink: string;
  /** Last words that make a capitalised span an organisation. */
  orgSuffixes: readonly string[];
  /** Lower-case nouns right after or before a name that make it an organisation ("flour mill", "завод"). */
  orgNouns: readonly string[];
  /** Legal forms written before a (quoted) name: ООО "X", AO X. */
  legalPrefixes: readonly string[];
  eventWords: readonly string[];
  /** Region type words: [regex source, suffix of the canonical name]. */
  regionWords: readonly (readonly [string, string])[];
  /** Words right before a city's name ("the city of", "Stadt", "город"), as a regex source. */
  cityBefore: string;
  /** Lower-case words right after a city's name ("Arkadag city"), as a regex source; empty for none. */
  cityAfter: string;
  /** Plural region type words that a coordination of names shares ("Fergana and Xorazm regions"): [regex source, suffix]. */
  regionPlurals: readonly (readonly [string, string])[];
  /**
   * Nationality adjectives (regex sources, matched whole and case-sensitively) with the ISO code of their
   * country: "Kazakh", "Chinese". They are context for a country, never an entity or part of a name.
   */
  demonyms: readonly (readonly [string, string])[];
  /** What may stand between a part and its whole for PART_OF (the whole patterns of the gap). */
  partOf: {
    regionCountry: RegExp;
    cityRegion: RegExp;
    eventEvent: RegExp;
    /** A gap that says "in" rather than "of": after a delegation it names where the delegation went. */
    locative: RegExp;
    /** Text just before a region that makes it the body of a delegation ("the delegation of the"). */
    visitor: RegExp;
  };
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
    /** Words before a list of quoted names that make them companies ("companies ... such as", "Unternehmen wie"). */
    orgList: RegExp;
    /** A clause after a name that can say where it is: relative or appositive ("which lies in", "a joint venture in", ", das in"). */
    locativeClause: RegExp;
    cityMarker: RegExp;
  };
  /** Month names (and stems) to month numbers. */
  months: readonly (readonly [string, number])[];
  /** Number words: million, Milliarden, млрд. */
  scales: readonly (readonly [string, number])[];
  currencies: readonly (readonly [string, string])[];
}
