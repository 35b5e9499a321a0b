/**
 * The shape of a language pack: everything the rules know about one language
 * (cue words and phrases as regular-expression sources, titles, referring
 * expressions, inflection, number and date words, segmenter abbreviations).
 * The rules read only this; each pack lives in src/ingest/languages/<code>/.
 */
import type { EntityKind, Role } from '../../model';

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
  /** A head of state or government: named with no body, the holder is of the one country the article names. */
  national?: boolean;
}

/** What a referring expression refers to: the last or main entity of that kind (see relations/references.ts). */
export type Referent =
  'embassy' | 'diplomat' | 'head' | 'mainRegion' | 'enterprise' | 'investor' | 'event' | 'zone' | 'city';

export interface LanguagePack {
  /** The ISO 639-1 code, also the pack's folder name and its key in the registry (languages/index.ts). */
  language: string;
  /** The language's English name, as the LLM prompt names it ("English", "German"). */
  name: string;
  /** Tokens that end with a full stop without ending a sentence ("Dr", "z. B", "т. е"). */
  abbreviations: readonly string[];
  /** Whether "11." after a space is an ordinal that does not end a sentence ("am 11. September"). */
  ordinalDates?: boolean;
  /**
   * For a language tinyld does not know: its most frequent words (a global regex). A text tinyld
   * does not place in a supported language is this language when at least one word in ten is one of them.
   */
  detectionWords?: RegExp;
  /** Nouns are capitalised (German): a capitalised run is a person only with a title or honorific. */
  nounsCapitalised?: boolean;
  /** The script of the language's own names (Cyrillic): a run with a word in another script is no unmarked name. */
  nameScript?: RegExp;
  /** Ending of a sentence-initial word that makes a two-word capitalised run no name ("Following Talks"). */
  participleEnding?: RegExp;
  /** Word endings no personal name has ("Crop Monitoring", "Regional Development"). */
  commonNounEnding?: RegExp;
  /** The case ending taken off a surname to find its other forms (Russian "Мирзаевым" → "Мирзаев"). */
  surnameStem?: RegExp;
  /** Names take endings (German genitive, Russian cases): a word that adds up to three letters to a name's short form is that name. */
  inflectedNames?: boolean;
  /** Endings of an adjective before a title, which is then no region's head ("Regional", "Kazakh"). */
  adjectiveEnding?: RegExp;
  /** A consul named earlier in the sentence: a place after it is the city of the consulate, not a region. */
  consulWord: RegExp;
  /** A referring word that is part of a name after an adjective ending (Russian "Ферганской области"): both must match. */
  referenceInName?: { reference: RegExp; before: RegExp };
  /** A name in the language's own script to its Latin form (applied where `nameScript` matches). */
  toLatin?: (surface: string) => string;
  /** A gazetteer spelling in `nameScript` with its case forms, as a regex source (from the spelling and its escaped form). */
  placeForms?: (variant: string, escaped: string) => string;
  /** A person's name back to the nominative, for languages whose names decline. */
  personNominative?: (surface: string) => string;
  /**
   * How a region is named: "Fergana region", "Fergana and Xorazm regions", "Province of Mangystau" (name-type);
   * "Gebiet Almaty" (type-name); "Ферганской области" or "области Фергана", the name an adjective (adjective-type).
   */
  regionPhrase: 'name-type' | 'type-name' | 'adjective-type';
  /** For adjective-type: the case endings of the adjective (regex source). */
  regionAdjective?: string;
  /** The finite verb comes last in a clause (German): a visitor may follow the cue, and a cue at the clause's end looks back. */
  verbFinal?: boolean;
  /** Auxiliary verbs that open the object phrase of a clause-final participle ("hat ... besucht"); global. */
  auxiliaries?: RegExp;
  /** Where a country's canonical name is its surface as written (English): the article to take off it ("the"). */
  countryAsWritten?: RegExp;
  /** Economic zones: a zone's name and its cue word. */
  zones: {
    /**
     * Patterns with the groups `name` and `cue`, in either order; NAME is a name token's regex source. A name
     * before a spelled-out cue makes the surface the canonical name ("Navoi Free Economic Zone").
     */
    patterns: (name: string) => RegExp[];
    /** A cue that is an acronym, whose canonical name is spelled out ("FEZ"). */
    acronym?: RegExp;
    /** The canonical type of a cue; "Free Economic Zone" when none matches. */
    kinds: readonly (readonly [RegExp, string])[];
  };
  /** The decimal separator of numbers ("." in "1.5 billion", "," in "4,4 Milliarden"). */
  decimalSeparator: '.' | ',';
  titles: readonly TitleSpec[];
  /** Words before a title that belong to it: "stellvertretende", "Чрезвычайный и Полномочный" (regex source). */
  titleModifiers: string;
  /** Rewrites [regex source, replacement] that take a title back to its citation form ("Посла" → "Посол"). */
  titleCitation: readonly (readonly [string, string])[];
  /**
   * Plural titles shared by a list of holders ("Ambassadors of X to A N1 and to B N2", "the governors of A and
   * B regions, N1 and N2"): the regex source of the plural word, its singular (a replacement), and the post.
   */
  pluralTitles: readonly { pattern: string; singular: string; class: 'ambassador' | 'consul' | 'head' }[];
  /** What may stand between the names of such a list: commas, connectors, articles, place nouns. */
  pluralListGap: RegExp;
  /** The word that joins a title to a description of the post rather than to its place ("of" in "Director of Cultural Affairs", "für"). */
  postExtension: string;
  /** A board a head title chairs, part of the title after "of the"/"des" ("Vorstands", "Board"), regex source. */
  titleBoard: string;
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
  /**
   * One capitalised word right after a title is a surname ("President Veliyev noted"): true where only
   * names and proper nouns are capitalised and a title's complement does not follow it uninflected.
   */
  surnameAfterTitle: boolean;
  /** Where names have three words only with a middle name: its pattern (Russian patronymics); empty elsewhere. */
  middleName: string;
  /** Lower-case particles inside a name between given name and surname ("von", "van der", "de"), regex source; empty where there are none. */
  nameParticle: string;
  /** The genitive ending of a name ("Leipzigs"); empty where there is none to strip. */
  genitiveEnding: string;
  /** Courtesy words before a name that are not part of it: "Mr.", "Prof. h.c.", "Herr", "г-н" (regex source). */
  honorifics: string;
  /** Capitalised words that are never the start of a name (sentence-initial function words). */
  stopwords: ReadonlySet<string>;
  /** Words after which a proper name continues across "of"/"and" ("Chamber of Commerce and Industry"). */
  orgHeads: readonly string[];
  /** Regex source of what joins a head noun to the rest of an organisation's name ("of the", "named after"). */
  orgLink: string;
  /** Last words that make a capitalised span an organisation. */
  orgSuffixes: readonly string[];
  /** Those of orgSuffixes that are the legal form of an association ("e. V."): the organisation is a BusinessAssociation. */
  associationSuffixes?: readonly string[];
  /** Lower-case nouns right after or before a name that make it an organisation ("flour mill", "завод"). */
  orgNouns: readonly string[];
  /**
   * Non-commercial bodies (Russian "общества «X»", "общественная организация «X»", «Дом дружбы», "Общество
   * таджикской культуры"): `nouns` are stems that name one before a quoted name or open a name themselves,
   * `nameWord` a lower-case word inside such an unquoted name (regex source). Empty / '(?!)' where other cues
   * find these names.
   */
  civic: { nouns: readonly string[]; nameWord: string };
  /** How organisations are named and typed (see mentions/organizations.ts). */
  organization: {
    /** A head word of orgHeads (or the two words ending in it) to the role it gives, in order: "Embassy", "Ministerium", "Палат". */
    headRoles: readonly (readonly [RegExp, Role])[];
    /** A delegation head and the word after it before a region type word: the delegation of a region is no organisation ("Delegation des"); regex source. */
    delegationOf: string;
    /** The words before an all-caps acronym that mark it as a body's name ("des BVMW", "of ABCD"), regex source. */
    acronymBefore: string;
    /** What may follow such an acronym for it to be the whole name (a clause break, not "ABC Holding"), regex source. */
    acronymAfter: string;
    /** A name with no role by its head that is no enterprise either ("University", "Museum"). */
    notEnterprise: RegExp;
    /** A head word in the plural ("Instituten", "Universitäten"): several bodies named by kind, not one organisation. */
    pluralHead: RegExp;
    /** A head word that names one body on its own, as the seat of a government does ("in der Staatskanzlei"). */
    standaloneHead: RegExp;
    /** Whole first words taken off a name ("of", "the", "der", "für"). */
    leadingWords: RegExp;
    /** Right before a name: the report's source ("the press service of", "Pressestelle der"), which is not annotated; end-anchored. */
    sourceBefore: RegExp;
    /** Right after a news outlet's name ("Trend News Agency reports", "berichtet die Agentur X"): the report's source, not annotated; start-anchored. Absent: none. */
    sourceAfter?: RegExp;
    /** A name that is a news outlet's ("... News Agency", "... Telegraph Agency"); such a name is the source when sourceAfter follows it. */
    outletName?: RegExp;
    /** Generic nouns ("das Unternehmen", "der Landmaschinenhersteller") stand in front of names and are taken off them (German). */
    genericNounFirst?: boolean;
    /** The start of a last conjunct that begins a new phrase, not a name's part ("the", "der"). */
    phraseStart: RegExp;
    /** Abbreviations whose full stop belongs to the name ("Co", "Ltd", "e. V"), as a regex source. */
    finalStop: string;
    /**
     * A diplomatic mission's head noun written in lower case before the sending country ("посольства Казахстана",
     * "генеральное консульство Узбекистана"), regex source; '(?!)' where such names are capitalised or kept as written.
     */
    lowerCaseMission: string;
    /** A consulate's name, whose English form is "Consulate General of X"; absent where names are kept as written (English). */
    consulate?: RegExp;
    /** The word right before an investor's name ("investors", "Investor", "компании"), as a regex source. */
    investorBefore: string;
    /** Right before a quoted name that is an organisation because someone heads it ("head of", "director of"), regex source; absent where a noun always comes between (de, ru). */
    leaderOf?: string;
    /** A name before (English) or after (German) a lower-case enterprise noun, as a regex source with the name in group 1; absent for none. */
    nameBeforeNoun?: (name: string, nouns: string) => string;
  };
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
  /** Region type words that close a compound name ("Hochsauerlandkreis"): [regex source, suffix of the canonical name]. */
  regionCompounds?: readonly (readonly [string, string])[];
  /** Words right before a city's name ("the city of", "Stadt", "город"), as a regex source. */
  cityBefore: string;
  /** Lower-case words right after a city's name ("Arkadag city"), as a regex source; empty for none. */
  cityAfter: string;
  /**
   * Government bodies named by their territory (see mentions/bodies.ts): `before`, a body noun before the
   * territory in the genitive; `after`, a body phrase after the territory's adjective. [regex source, English head].
   */
  territorialBodies?: {
    before: readonly (readonly [string, string])[];
    after: readonly (readonly [string, string])[];
  };
  /** Endings of a place name's adjective form ("Ферганской", "Гродненских"), as a regex source; absent where there is none. */
  placeAdjectiveEnding?: string;
  /** Plural region type words that a coordination of names shares ("Fergana and Xorazm regions"): [regex source, suffix]. */
  regionPlurals: readonly (readonly [string, string])[];
  /**
   * Nationality adjectives (regex sources, matched whole and case-sensitively) with the ISO code of their
   * country: "Kazakh", "Chinese". They are context for a country, never an entity or part of a name.
   */
  demonyms: readonly (readonly [string, string])[];
  /** Cues of LOCATED_IN (see relations/locations.ts). */
  located: {
    /** The end of the gap between a thing and the place it is in ("located in the city of", "in der Stadt", "в городе"); end-anchored. */
    after: RegExp;
    /** A verb in that gap, after which the place locates the action, not the thing ("signed", "unterzeichnet"). */
    action: RegExp;
    /** A verb of holding an event, which does not count as such an action ("held", "stattfinden", "пройдет"). */
    held: RegExp;
    /** The whole gap between two coordinated things that share one place ("A| and |B, both located in X"). */
    coordinated: RegExp;
    /** The whole gap between a place and the event it hosts ("Samarkand| hosted the |Fair", "Taschkent| war Gastgeber des |Forums"). */
    hosts: RegExp;
    /** A sentence's opening preposition, before the place that locates its organisations ("In the city of", "Im", "В"). */
    opening: RegExp;
  };
  /** What may stand between a part and its whole for PART_OF (the whole patterns of the gap). */
  partOf: {
    regionCountry: RegExp;
    cityRegion: RegExp;
    eventEvent: RegExp;
    /** The gap between a district and the region it lies in ("the X district| of the |Y region"). */
    districtRegion: RegExp;
    /** A region's canonical name that makes it a district, a part of a region ("X District"). */
    district: RegExp;
    /** A gap that says "in" rather than "of": after a delegation it names where the delegation went. */
    locative: RegExp;
    /** Text just before a region that makes it the body of a delegation ("the delegation of the"). */
    visitor: RegExp;
    /** The whole gap between two coordinated region names sharing one plural type word ("Fergana| and |Xorazm regions"). */
    conjunct: RegExp;
  };
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
    /** Between a body and the delegation cue after it ("Bukhara regional delegation"); anchored. */
    ownerBefore: RegExp;
    /** The adjective that makes a city's name stand for its region ("regional"). */
    regionalAdjective: RegExp;
    /**
     * Between the delegation cue and its body ("delegation of the", "Delegation aus der", "делегация из"), also
     * through the body's administration ("delegation of the akimat of", "делегация хокимията"); anchored.
     */
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
    /**
     * A visit that is not made: an invitation, an interest or a possibility ("invited them to visit X",
     * "expressed interest in visiting", "lud ... zu besuchen ein", "возможность визита").
     */
    visitInvitation: RegExp;
    /**
     * Anchored: the gap between a visit cue and a person after it that makes the person the visitor (a
     * passive "visited by", or a verb before its subject, "В Самарканде побывал посол X").
     */
    visitorAfterCue: RegExp;
    /**
     * From the sentence's start to the end of a visit cue in an opening phrase whose subject follows the comma
     * ("During his stay in X, the ambassador ...", "While in X, ...", "Находясь в X, ...").
     */
    frontedVisit: RegExp;
    /**
     * A host welcoming guests to a place, a visit of the guests ("welcomed the ambassador to Maharashtra",
     * "hieß den Botschafter in Stuttgart willkommen"): the first group that took part names the guests, the next
     * one starts with the place (alternatives each have their own pair of groups).
     */
    welcomeTo: RegExp;
    /** Right after the delegation: what it consists of ("consisting of representatives of", ", die aus Vertretern"). */
    composedOf: RegExp;
    /** Right after a person: that person leads the delegation ("who led the delegation"). */
    leaderAfter: RegExp;
    /** Right after the delegation cue, anchored: the named members follow ("the delegation consisted of", "делегации вошли"). */
    /** Right before a delegation word, a membership said the other way round ("участие в делегации X", "в составе делегации X"): the people after it are members; end-anchored. */
    membersBefore: RegExp;
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
    /** From the sentence's start to a town or region that opens a meeting sentence: the meeting's place ("In X, ...", "В X прошла встреча"). */
    meetingPlaceOpening?: RegExp;
    /** Between a meeting cue and the organisation or people that were met ("with representatives of", "mit", "с"). */
    withCounterpart: RegExp;
    /** A visit cue ending in its preposition ("arrived in"), or that preposition right after the cue ("Besuch in"): one target. */
    intoEnd: RegExp;
    intoAfter: RegExp;
    /** Between two places: the second only locates the first ("Changji in Xinjiang"); anchored. */
    locatingIn: RegExp;
    /** Up to a person who is not the visitor: a companion or the one who reports it ("with", "by", "according to"); end-anchored. */
    notVisitorBefore: RegExp;
    /** Right after a country: it only qualifies the place that follows ("Uzbekistan's Tashkent region"); anchored. */
    possessiveAfter?: RegExp;
    /** Visit cues with no agent ("a tour of X was held", "was shown"): the visitor is the last one named. */
    visitAgentless: RegExp;
    /** Where a visit's object phrase ends: a relative or new clause ("where", ", wo", ", где"). */
    clauseStop: RegExp;
    /** Just before a place that locates something rather than being visited ("located in", "aus", "расположенное в"). */
    locativeBefore: RegExp;
    /** A sentence-opening "in" before a city: the venue of what the sentence reports ("In Omsk, the heads of ... signed"). */
    venueOpening: RegExp;
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
    /** The text between two coordinated parties ("A and the B", "A, B", "vom A und vom B", "A и B"). */
    partyJoint: RegExp;
    /** "the two countries", "beiden Länder", "двух стран": the article's two countries. */
    twoCountries: RegExp;
    /** A figure that refers back to the last trade figure ("this figure", "dieser Wert", "этот показатель"). */
    figureRef: RegExp;
    locatedIn: RegExp;
    /** Words before a list of quoted names that make them companies ("companies ... such as", "Unternehmen wie"). */
    orgList: RegExp;
    /** Right after a place: a list of what is there follows ("…, including", "such as", "darunter", "в том числе"); anchored. */
    listIntro: RegExp;
    /** A clause after a name that can say where it is: relative or appositive ("which lies in", "a joint venture in", ", das in"). */
    locativeClause: RegExp;
    cityMarker: RegExp;
    /** Right before the host country of a diplomat ("to", "in der Bundesrepublik", "в"). */
    hostBefore: RegExp;
    /**
     * Right after an embassy's name, before the place it sits in ("Embassy of X| in |Y"), anchored; the
     * canonical name then includes the seat. Absent where the name is built in English from another language.
     */
    missionSeat?: RegExp;
    /** A reference to the region last named ("this region", "the region", "dieses Gebiets", "этой области"). */
    thisTerritory: RegExp;
    /**
     * The executive committee that governs a territory, with the territory's name in group 1 ("Minsk Regional
     * Executive Committee"): its chairman heads the territory (Belarus), so GOVERNS the region named so.
     */
    territoryCommittee: RegExp;
    /** A host receiving a delegation ("received a delegation", "welcomed the delegation"). */
    receivedDelegation: RegExp;
    /** Between an investment cue and an organisation: "of"/"in" that makes it the target, not the investor. */
    investTargetOf: RegExp;
    /** The whole gap between "investor" and what it invests in ("the investor of X"). */
    investorOf: RegExp;
    /** An unnamed enterprise ("a plant", "ein Werk"): the enterprise before it is not the target. */
    unnamedEnterprise: RegExp;
    /** Right before a participant: "from", which makes it a place of origin. */
    fromBefore: RegExp;
    /** Opens a that-clause (", that", ", dass"); global. */
    thatClause: RegExp;
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
  /** Words of day and month ranges (see relations/quantities.ts), each an alternation (regex source) beside the dashes. */
  dayRange: {
    /** Before a day: it ends a range ("7 to 10 February", "bis", "до"), so it is no single date. */
    closing: string;
    /** After a day: it starts a range or a pair of days ("9 and 10 February"), so it is no single date. */
    opening: string;
    /** Between the two days of a range ("to", "bis", "und", "по", "и"). */
    link: string;
    /** Between the two months of a reporting period ("Januar bis August"); absent where only a dash links them. */
    monthLink?: string;
  };
  /** Words of reporting periods (see relations/quantities.ts periodIn). */
  period: {
    /** Number words that count months ("nine", "neun", "девять"), lower case, with their number. */
    countWords: readonly (readonly [string, number])[];
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
  /** A word in an organisation's name that makes it a group of companies, the referent of "the group" ("Group", "Konzern", "холдинг"). */
  groupName: RegExp;
  /** Right after a referring noun: a description that makes it a new thing, not a reference ("for the production of", "по производству"); anchored. */
  newDescription: RegExp;
  /** Referring expressions ("the ambassador", "the region", "области") and their referents; global regexes. */
  references: readonly (readonly [RegExp, Referent])[];
  /**
   * When a post was held, as the text says it around a title (relations/tenure.ts): the words
   * right before a title and the cues a date follows (or, for startBefore, precedes).
   */
  tenure: {
    /** Right before a title: it is held no longer ("former", "ehemalige", "бывший"); anchored at the end. */
    former: RegExp;
    /** Right before a title: it was taken up lately ("newly appointed", "neu ernannte", "новый"); anchored at the end. */
    newly: RegExp;
    /** A start whose date follows ("appointed in March 2023", "since 2022", "seit 2022", "с 2022 года"); global. */
    start: RegExp;
    /** A start whose date comes before it ("im März 2023 ernannt"); global. */
    startBefore: RegExp;
    /** An end whose date follows ("until 2021", "bis 2021", "до 2021 года"); global. */
    end: RegExp;
  };
  /** Month names (and stems) to month numbers. */
  months: readonly (readonly [string, number])[];
  /** Number words: million, Milliarden, млрд. */
  scales: readonly (readonly [string, number])[];
  currencies: readonly (readonly [string, string])[];
}
