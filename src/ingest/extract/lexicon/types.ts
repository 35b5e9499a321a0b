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
  /** Last words that make a capitalised span an organisation. */
  orgSuffixes: readonly string[];
  /** Lower-case nouns right after or before a name that make it an organisation ("flour mill", "завод"). */
  orgNouns: readonly string[];
  /** Legal forms written before a (quoted) name: ООО "X", AO X. */
  legalPrefixes: readonly string[];
  eventWords: readonly string[];
  /**
   * Event names particular to the language, beside the quoted ones every language has: `name` is
   * the regex source of one capitalised name token, `words` the alternation of the event words;
   * group 1 of each pattern is the event's name.
   */
  eventNames: (name: string, words: string) => RegExp[];
  /** Region type words: [regex source, suffix of the canonical name]. */
  regionWords: readonly (readonly [string, string])[];
  cue: {
    meet: RegExp;
    visit: RegExp;
    invest: RegExp;
    investor: RegExp;
    sign: RegExp;
    agreement: RegExp;
    /** A word that names an agreement only when no agreement word is in the sentence ("similar documents were signed"). */
    agreementWeak?: RegExp;
    /** "agreed on", "einigten sich auf": an agreement reached on what follows (not "agreed to", an intention). */
    agreedOn?: RegExp;
    /** An agreement named as a proper noun, in force ("the Friendship, Cooperation and Partnership Agreement"). */
    namedAgreement?: RegExp;
    /** The value of something signed ("worth", "im Wert von", "на сумму"), also in the sentence after it. */
    value: RegExp;
    trade: RegExp;
    participate: RegExp;
    organize: RegExp;
    /** An invitation to take part, which is not participation ("invited ... to take part", "letter of invitation"). */
    invitation: RegExp;
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
    /** The whole text between a place and the place that locates it ("Sughd region| of |Tajikistan", "regions of"). */
    locatorOf: RegExp;
    /** "between", "zwischen", "между": the parties of an agreement follow. */
    between: RegExp;
    /** Agreements of states: "at the highest level", "the presidents", "the two countries". */
    countryLevel: RegExp;
    /** "the two regions", "beiden Regionen", "двух регионов": the sides are territories. */
    twoRegions: RegExp;
    /** Text from the sentence start ending in "with" before a party named after the agreement word ("signed a memorandum with X"). */
    withParty: RegExp;
    /** "the two countries", "beiden Länder", "двух стран": the article's two countries. */
    twoCountries: RegExp;
    /** A figure that refers back to the last trade figure ("this figure", "dieser Wert", "этот показатель"). */
    figureRef: RegExp;
    locatedIn: RegExp;
    cityMarker: RegExp;
  };
  /** Where an agreement's title starts before the agreement word and where it ends after it. */
  agreementTitle: {
    /** A word just before the agreement word that belongs to the title ("cooperation agreement", "gemeinsame Erklärung"). */
    modifier: RegExp;
    /** The first thing after the agreement word that is not its title: the parties, the value, the signing. */
    end: RegExp;
    /** A party inside the title, left out ("contract with Siemens AG on the supply ..."). */
    party?: RegExp;
    /** The title in the nominative case: [pattern, replacement] ("дорожную карту" -> "дорожная карта"). */
    nominative?: readonly (readonly [RegExp, string])[];
  };
  /** Words of reporting periods (see relations/quantities.ts periodIn). */
  period: {
    /** "a year earlier", "im vergangenen Jahr", "в прошлом году": the year before the dateline's. */
    previousYear: RegExp;
    /** "10 months", "acht Monaten", "девять месяцев": group 1 is the count, in digits or a number word. */
    monthCount: RegExp;
    /** "first half", "Halbjahr", "полугодие"; secondHalf tells the second from the first. */
    half: RegExp;
    secondHalf: RegExp;
    /** A period as written when its year is not given ("last year", "the 10 months this year"); English texts only. */
    asWritten?: RegExp;
  };
  /** Month names (and stems) to month numbers. */
  months: readonly (readonly [string, number])[];
  /** Number words: million, Milliarden, млрд. */
  scales: readonly (readonly [string, number])[];
  currencies: readonly (readonly [string, string])[];
}
