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

/** What a referring expression refers to: the last or main entity of that kind (see relations/references.ts). */
export type Referent = 'embassy' | 'diplomat' | 'head' | 'mainRegion' | 'enterprise' | 'investor' | 'event' | 'zone';

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
    /** Between a body and the delegation cue after it ("Bukhara regional delegation"); anchored. */
    ownerBefore: RegExp;
    /** The adjective that makes a city's name stand for its region ("regional"). */
    regionalAdjective: RegExp;
    /** Between the delegation cue and its body ("delegation of the", "Delegation aus der", "делегация из"); anchored. */
    ownerAfter: RegExp;
    /** Right before the delegation cue: an indefinite article, so a delegation not met before ("a", "eine"). */
    newDelegation: RegExp;
    /** "headed by", "unter Leitung von", "во главе с": the first person after it leads the delegation. */
    leader: RegExp;
    /** After "the visit" / "der Besuch": the visitor follows ("of X", "des X"); absent where the language has no such form. */
    visitorAfter?: RegExp;
    /** Ends a visitor phrase and starts the destination ("to", "in", "nach"). */
    destination: RegExp;
    /** Opens a new clause: a person before it is not the subject after it ("said that", ", dass", ", что"). */
    clauseOpen: RegExp;
    /** An invitation to visit, which is no visit ("invited them to visit X", "lud ... zu besuchen ein"). */
    visitInvitation: RegExp;
    /** Right after the delegation: what it consists of ("consisting of representatives of", ", die aus Vertretern"). */
    composedOf: RegExp;
    /** Right after a person: that person leads the delegation ("who led the delegation"). */
    leaderAfter: RegExp;
    /** Right after the delegation cue, anchored: the named members follow ("the delegation consisted of", "делегации вошли"). */
    members: RegExp;
    /** A meeting as the setting of the sentence ("at the meeting", "во время встречи"), not followed by "with". */
    meetSetting: RegExp;
    /** Escorting a visiting group, a meeting with it ("accompanied by", "begleitet", "сопровождал"). */
    accompany: RegExp;
    /** Right after a person who only reports the news, to the sentence's end ("..., X told the agency."). */
    reporting: RegExp;
    /** Joining a meeting already reported ("also attended the meeting"). */
    joinMeeting: RegExp;
    /** Ends right before the place where a meeting was held ("took place in", "fand in", "состоялась в"). */
    meetingPlace: RegExp;
    /** Between a meeting cue and an organisation that was met ("with representatives of", "mit", "с"). */
    withCounterpart: RegExp;
    /** A visit cue ending in its preposition ("arrived in"), or that preposition right after the cue ("Besuch in"): one target. */
    intoEnd: RegExp;
    intoAfter: RegExp;
    /** Between two places: the second only locates the first ("Changji in Xinjiang"); anchored. */
    locatingIn: RegExp;
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
  };
  /** Referring expressions ("the ambassador", "the region", "области") and their referents; global regexes. */
  references: readonly (readonly [RegExp, Referent])[];
  /** Month names (and stems) to month numbers. */
  months: readonly (readonly [string, number])[];
  /** Number words: million, Milliarden, млрд. */
  scales: readonly (readonly [string, number])[];
  currencies: readonly (readonly [string, string])[];
}
