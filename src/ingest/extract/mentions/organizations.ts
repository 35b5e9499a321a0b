/**
 * Organisations, by the cues that name them: a legal form (ООО "X", AO X,
 * X GmbH), a head noun with its complement ("Chamber of Commerce and Industry
 * of Kyrgyzstan", "Embassy of India"), a company suffix ("Indorama
 * Corporation"), a quoted name beside an enterprise noun ("Feraganaazot" plant),
 * a name before a lower-case enterprise noun ("the Yedgorilik silk weaving
 * factory"), and an abbreviation in brackets after a name ("(TIKA)").
 */
import type { Role } from '../../../model';
import { latinName, lookupPlace } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';
import { countryIn } from './countries';
import { isDemonym } from './demonyms';

/** A country's dotted abbreviation before a head noun ("U.S. Embassy", "U.K. Department"). */
const ABBREVIATION = String.raw`(?<![\p{L}.])(?:\p{Lu}\.){2,3}`;

/** Quotation marks around a name: straight, guillemets, German and English curly, and doubled single ones (‘‘X’’). */
const OPEN = String.raw`(?:["«„“]|‘‘)`;
const CLOSE = String.raw`(?:["»“”]|’’)`;
const QUOTED = String.raw`${OPEN}([^"»“”’]{2,60})${CLOSE}`;

/** Initials before a surname in a name's complement ("University named after A.S. Pushkin"). */
const INITIALS = String.raw`(?:(?:\p{Lu}\.\s?){1,3})?`;

/**
 * Where the head starts in the word: a lower-case head closes a compound ("Bundesverband"), a capitalised one
 * may follow a hyphen ("Industrie-Club"); the word is read from the head on.
 */
function compoundHead(word: string, head: string): number {
  if (head === head.toLowerCase()) return word.indexOf(head, 1);
  if (word.startsWith(head)) return 0;
  const hyphen = word.indexOf(`-${head}`);
  return hyphen < 0 ? -1 : hyphen + 1;
}

function rolesFor(context: ArticleContext, surface: string): Role[] {
  const { orgHeads: heads, associationSuffixes = [], organization } = context.lexicon;
  if (associationSuffixes.some((suffix) => surface.endsWith(suffix))) return ['BusinessAssociation'];
  const words = surface.split(/\s+/);
  const at = words.findIndex((word) => heads.some((h) => compoundHead(word, h) >= 0));
  const word = words[at] ?? '';
  const inside = Math.max(0, ...heads.map((h) => compoundHead(word, h)));
  // The head with the word before it, for two-word heads ("City Hall").
  const head = at >= 0 ? [words.slice(Math.max(0, at - 1), at + 1).join(' '), word.slice(inside)] : [];
  const byHead = organization.headRoles.find(([pattern]) => head.some((h) => pattern.test(h)))?.[1];
  if (byHead) return [byHead];
  return organization.notEnterprise.test(surface) ? [] : ['Enterprise'];
}

function alternatives(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function trimStart(context: ArticleContext, surface: string): string {
  const tokens = surface.split(/\s+/);
  const strip = (token: string): boolean =>
    (context.lexicon.stopwords.has(token) && !context.lexicon.orgHeads.includes(token)) ||
    context.lexicon.organization.leadingWords.test(token);
  while (tokens.length > 1 && strip(tokens[0] ?? '')) tokens.shift();
  return tokens.join(' ');
}

/** Title words ("Botschafter", "Botschafterin") that a head prefix ("Botschaft") would otherwise claim. */
const titleWords = new WeakMap<ArticleContext['lexicon'], RegExp>();
function isTitleWord(context: ArticleContext, word: string): boolean {
  let pattern = titleWords.get(context.lexicon);
  if (!pattern) {
    pattern = new RegExp(`^(?:${context.lexicon.titles.map((t) => t.pattern).join('|')})$`, 'iu');
    titleWords.set(context.lexicon, pattern);
  }
  return pattern.test(word);
}

/** German generic nouns in front of a name ("das kasachische Unternehmen AO Zhetysu Agro", "der Landmaschinenhersteller AgroTech"). */
function trimGenericNoun(context: ArticleContext, surface: string): string {
  if (!context.lexicon.organization.genericNounFirst) return surface;
  const tokens = surface.split(/\s+/);
  const nouns = context.lexicon.orgNouns.map((n) => n.toLowerCase());
  while (tokens.length > 1 && nouns.some((noun) => (tokens[0] ?? '').toLowerCase().endsWith(noun))) tokens.shift();
  return tokens.join(' ');
}

/** "Center and Rishtan pottery workshops", "Seaport of X and the Y Complex": a last conjunct that is a known place or starts with an article begins a new phrase. */
function cutConjunct(context: ArticleContext, surface: string): string {
  // "Chamber of Commerce, Uzbekneftegaz, Navoi Mining Company and ...": a later conjunct with its own
  // head or company word is an organisation of its own, so the list ends the first name.
  const separator = String.raw`\s+(?:${context.lexicon.conjunction})\s+|\s*,\s+`;
  const separators = [...surface.matchAll(new RegExp(separator, 'gu'))];
  const ownName = new RegExp(
    `(?:^|\\s)(?:${alternatives([...context.lexicon.orgHeads, ...context.lexicon.orgSuffixes])})(?:\\s|$)`,
    'u',
  );
  const later = separators.map((sep, i) =>
    surface.slice(sep.index + sep[0].length, separators[i + 1]?.index ?? surface.length),
  );
  const first = separators[0];
  // Only the conjunct's own words count, not a complement of it ("Information under the ... Government").
  const own = (conjunct: string) => conjunct.split(new RegExp(context.lexicon.orgLink, 'u'))[0] ?? conjunct;
  if (first && later.some((conjunct) => ownName.test(own(conjunct)))) {
    // "LLP Alpha and Construction Department of X": when the first conjunct has no head of its own (an
    // organisation found by another cue, or none), the name is the later conjunct that has one.
    // A legal form in front ("LLP Alpha") is not a head, even where the same form can also end a name ("Beta LLP").
    const leadingForm = new RegExp(`^(?:${alternatives(context.lexicon.legalPrefixes)})\\s+`, 'u');
    if (ownName.test(surface.slice(0, first.index).replace(leadingForm, ''))) return surface.slice(0, first.index);
    const at = later.findIndex((conjunct) => ownName.test(own(conjunct)));
    const sep = separators[at];
    return sep ? surface.slice(sep.index + sep[0].length) : surface.slice(0, first.index);
  }
  const conjunct = new RegExp(`(?:${separator})(?!.*(?:${separator}))`, 'u').exec(surface);
  if (!conjunct) return surface;
  const rest = surface.slice(conjunct.index + conjunct[0].length);
  return context.lexicon.organization.phraseStart.test(rest) || lookupPlace(rest)
    ? surface.slice(0, conjunct.index)
    : surface;
}

function make(
  context: ArticleContext,
  hit: { match: RegExpExecArray; offset: number; sentenceIndex: number },
  group: number,
  rule: string,
  roles?: Role[],
): Candidate | undefined {
  const span = spanOf(context, hit, group);
  let trimmed = trimStart(
    context,
    span.surface
      .replace(/[\s,]+$/, '')
      .replace(new RegExp(`(?<!\\b(?:${context.lexicon.organization.finalStop}))\\.$`), ''),
  );
  trimmed = trimGenericNoun(context, trimmed);
  if (rule.endsWith('head-complement')) {
    trimmed = cutConjunct(context, trimmed);
    const words = trimmed.split(/\s+/);
    const head = words.find((word) => context.lexicon.orgHeads.some((h) => word.includes(h)));
    const bare =
      words.length === 1 &&
      context.lexicon.orgHeads.some((h) => words[0]?.startsWith(h)) &&
      !context.lexicon.organization.standaloneHead.test(words[0] ?? '');
    if (!head || isTitleWord(context, head) || bare) return undefined;
    if (context.lexicon.organization.pluralHead.test(head)) return undefined;
    const regionWords = context.lexicon.regionWords.map(([w]) => w).join('|');
    const delegation = new RegExp(`^\\S*(?:${context.lexicon.organization.delegationOf})\\s+`, 'u').exec(trimmed);
    const body = delegation ? trimmed.slice(delegation[0].length) : '';
    // "delegation of the X region": no organisation; "Delegation der Botschaft X": the body is the embassy.
    if (new RegExp(`^(?:${regionWords})`, 'u').test(body)) return undefined;
    if (context.lexicon.orgHeads.some((h) => body.split(/\s+/)[0]?.includes(h))) trimmed = body;
  }
  if (!/^["«„“]?[\p{Lu}\d]/u.test(trimmed) || context.lexicon.legalPrefixes.includes(trimmed)) return undefined;
  // "the Kazakh company", "Chinese businessmen": a nationality adjective alone names no organisation.
  if (trimmed.split(/\s+/).every((word) => isDemonym(context.lexicon, word))) return undefined;
  const start = span.start + span.surface.indexOf(trimmed);
  if (context.lexicon.organization.sourceBefore.test(context.text.slice(Math.max(0, start - 40), start)))
    return undefined;
  const { outletName, sourceAfter } = context.lexicon.organization;
  // "..., Trend News Agency reports.": the outlet the report cites, not an actor.
  if (
    outletName?.test(trimmed) &&
    sourceAfter?.test(context.text.slice(start + trimmed.length, start + trimmed.length + 30))
  )
    return undefined;
  let end = start + trimmed.length;
  // "Construction Department of the Pavlodar region": the type word after the complement's place is part of the name.
  if (rule.endsWith('head-complement')) {
    const typeWord = new RegExp(`^\\s+(?:${context.lexicon.regionWords.map(([w]) => w).join('|')})(?![\\p{L}])`, 'u');
    end += typeWord.exec(context.text.slice(end, end + 30))?.[0].length ?? 0;
  }
  const surface = context.text.slice(start, end);
  const resolvedRoles = roles ?? rolesFor(context, surface);
  const unquoted = surface.replace(/‘‘|’’|["«»„“”]/gu, '');
  const name = resolvedRoles.includes('Embassy')
    ? embassyName(context, surface)
    : latinName(unquoted, context.language);
  const seat = resolvedRoles.includes('Embassy') ? missionSeat(context, start + surface.length) : undefined;
  return {
    start,
    end: start + surface.length,
    surface,
    sentenceIndex: hit.sentenceIndex,
    kind: 'Organization',
    roles: resolvedRoles,
    // The mention stays the short name, so that the host country after it is a mention of its own.
    name: seat ? `${name} ${seat}` : name,
    base: name,
    rule,
    confidence: 0.8,
  };
}

/**
 * "the Embassy of X in Kazakhstan", "Japan's Embassy in Dushanbe": the seat named right after an embassy
 * ("in Kazakhstan"), when it is a known country or place; the fullest form is the canonical name.
 */
function missionSeat(context: ArticleContext, end: number): string | undefined {
  const cue = context.lexicon.cue.missionSeat;
  const gap = cue?.exec(context.text.slice(end, end + 20));
  if (!gap) return undefined;
  const place = new RegExp(`^${NAME_TOKEN}(?:[\\s-]${NAME_TOKEN})?`, 'u').exec(context.text.slice(end + gap[0].length));
  if (!place) return undefined;
  const known = (words: string) => lookupPlace(words) ?? countryIn(words, context.language);
  const first = place[0].split(/[\s-]/u)[0] ?? '';
  // "in Kazakhstan Azamat Usenov": a second word that names the same country is the start of a name, not the seat's.
  const sameAsFirst = !lookupPlace(place[0]) && known(first) !== undefined && known(first) === known(place[0]);
  const seat = (sameAsFirst ? [first] : [place[0], first]).find((words) => known(words));
  return seat ? context.text.slice(end, end + gap[0].length + seat.length).trim() : undefined;
}

/** "Посольством Казахстана", "Botschaft Usbekistans" → "Embassy of Kazakhstan" (the English form the guidelines ask for). */
function embassyName(context: ArticleContext, surface: string): string {
  const country = countryIn(surface, context.language);
  const { consulate } = context.lexicon.organization;
  if (!country || !consulate) return latinName(surface, context.language);
  return consulate.test(surface) ? `Consulate General of ${country.english}` : `Embassy of ${country.english}`;
}

function patterns(context: ArticleContext): [RegExp, number, string, Role[]?][] {
  const { lexicon } = context;
  const link = lexicon.orgLink;
  const heads = alternatives(lexicon.orgHeads);
  return [
    [
      new RegExp(`(?<![\\p{L}])(?:${alternatives(lexicon.legalPrefixes)})\\s+${QUOTED}`, 'gdu'),
      1,
      'org.legal-prefix-quoted',
    ],
    [
      new RegExp(`(?<![\\p{L}])((?:${alternatives(lexicon.legalPrefixes)})\\s+(?:${NAME_TOKEN}\\s?){1,4})`, 'gdu'),
      1,
      'org.legal-prefix',
    ],
    [
      new RegExp(
        `((?:${ABBREVIATION}\\s+)?(?:${NAME_TOKEN}\\s+(?:(?:${lexicon.conjunction})\\s+)?){0,4}(?:\\p{L}+-){0,3}\\p{L}*(?:${heads})\\p{L}*(?:${link}${INITIALS}${NAME_TOKEN}(?:\\s+${NAME_TOKEN})*)*)`,
        'gdu',
      ),
      1,
      'org.head-complement',
    ],
    [
      new RegExp(`((?:${NAME_TOKEN}\\s+){1,4}(?:${alternatives(lexicon.orgSuffixes)}))(?![\\p{L}])`, 'gdu'),
      1,
      'org.suffix',
    ],
    // "“SAG” Limited Liability Company Trading House": a quoted name, a spelled-out legal form and the rest of the name.
    [
      new RegExp(
        `(${OPEN}[^"»“”’]{2,40}${CLOSE}\\s+(?:${alternatives(lexicon.legalPrefixes)})(?:\\s+${NAME_TOKEN}){0,3})`,
        'gdu',
      ),
      1,
      'org.quoted-legal',
      ['Enterprise'],
    ],
    // "“Hengshui Machinery & Equipment Co. Ltd”": a quoted name that ends in a legal form or company word.
    [
      new RegExp(`${OPEN}([^"»“”’]{1,60}?\\s(?:${alternatives([...lexicon.orgSuffixes, 'Ltd'])}))${CLOSE}`, 'gdu'),
      1,
      'org.quoted-suffix',
    ],
    [
      new RegExp(`(?:${alternatives(lexicon.orgNouns)})\\p{L}*\\s+${QUOTED}`, 'gdiu'),
      1,
      'org.noun-quoted',
      ['Enterprise'],
    ],
    [
      new RegExp(`${QUOTED}\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternatives(lexicon.orgNouns)})`, 'gdu'),
      1,
      'org.quoted-noun',
      ['Enterprise'],
    ],
    ...civicPatterns(lexicon.civic),
    // "head of ‘‘Jianhua Ceramics’’": a quoted name whose head or director the sentence names.
    ...(lexicon.organization.leaderOf
      ? [
          [
            new RegExp(`(?:${lexicon.organization.leaderOf})\\s+${QUOTED}`, 'gdiu'),
            1,
            'org.leader-of-quoted',
          ] satisfies [RegExp, number, string],
        ]
      : []),
    [
      new RegExp(`(?:${lexicon.organization.investorBefore})\\s+((?:[\\p{Lu}][\\p{L}\\d.&-]*\\s?){1,4})`, 'gdu'),
      1,
      'org.investor-name',
      ['Investor'],
    ],
  ];
}

/**
 * A quoted name after a civic noun, or opening with one, and a capitalised civic noun inside a sentence with the
 * name words after it, name a body with no enterprise role (the pack's `civic`).
 */
function civicPatterns(civic: { nouns: readonly string[]; nameWord: string }): [RegExp, number, string, Role[]][] {
  const stems = civic.nouns;
  if (stems.length === 0) return [];
  const capitalised = stems.map((stem) => stem.charAt(0).toUpperCase() + stem.slice(1));
  // Such names often quote a name inside them, and the two closing marks are often written as one.
  const nested = String.raw`${OPEN}((?:[^"«»“”’]|«[^«»]{1,40}»){2,80}(?=${CLOSE})|[^"«»“”’]{2,60}«[^«»]{1,40}»)`;
  // The lower-case words of an unquoted name after its capitalised civic noun.
  const rest = String.raw`(?:\s+(?:${civic.nameWord})(?![\p{L}])){1,3}`;
  return [
    [new RegExp(`(?<![\\p{L}])(?:${alternatives(stems)})\\p{L}*\\s+${nested}`, 'gdu'), 1, 'org.civic-quoted', []],
    // Inside a sentence (after a lower-case word or a comma) a capitalised civic noun starts a name.
    [
      new RegExp(`(?<=[\\p{Ll},]\\s)((?:${alternatives(capitalised)})\\p{L}{0,2}${rest})`, 'gdu'),
      1,
      'org.civic-capitalised',
      [],
    ],
    [
      new RegExp(
        `${OPEN}((?:${alternatives(capitalised)})\\p{L}{0,2}(?![\\p{L}])(?:\\s[^"»“”’]{1,50})?)${CLOSE}`,
        'gdu',
      ),
      1,
      'org.civic-name',
      [],
    ],
  ];
}

/** "the Ferganaazot nitrogen fertiliser plant", "der Landmaschinenhersteller AgroTech": an unknown name beside an enterprise noun (the pack's nameBeforeNoun). */
function beforeNoun(context: ArticleContext): [RegExp, number, string, Role[]?][] {
  const { nameBeforeNoun } = context.lexicon.organization;
  if (!nameBeforeNoun) return [];
  const after = nameBeforeNoun(NAME_TOKEN, alternatives(context.lexicon.orgNouns));
  return [[new RegExp(after, 'gdu'), 1, 'org.name-noun', ['Enterprise']]];
}

export function findOrganizations(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, group, rule, roles] of [...patterns(context), ...beforeNoun(context)]) {
    for (const hit of matchSentences(context, pattern)) {
      const made = make(context, hit, group, `${context.language}.${rule}`, roles);
      if (made && !context.lexicon.stopwords.has(made.surface)) found.push(made);
    }
  }
  // "(TIKA)" right after an organisation names the same organisation.
  for (const hit of matchSentences(context, /\(([\p{Lu}]{2,6})\)/dgu)) {
    const span = spanOf(context, hit, 1);
    const owner = found.find((org) => org.end >= span.start - 3 && org.end <= span.start - 1);
    if (owner)
      found.push({
        ...owner,
        ...span,
        sentenceIndex: hit.sentenceIndex,
        rule: `${context.language}.org.abbreviation`,
        confidence: 0.8,
      });
  }
  return [...found, ...listMembers(context, found), ...cuedAcronyms(context), ...lowerCaseMissions(context)];
}

/**
 * "посольства Республики Казахстан", "генерального консульства Узбекистана": a mission written in lower case
 * is a name when a country follows its head noun; "посольство" alone or of an unknown place names nothing.
 */
function lowerCaseMissions(context: ArticleContext): Candidate[] {
  const { lowerCaseMission } = context.lexicon.organization;
  const country = String.raw`(?:(?:${alternatives(context.lexicon.nonNameWords)})\s+)?${NAME_TOKEN}`;
  const pattern = new RegExp(`(?<![\\p{L}])((?:${lowerCaseMission})\\s+${country})`, 'gdu');
  const found: Candidate[] = [];
  for (const hit of matchSentences(context, pattern)) {
    const span = spanOf(context, hit, 1);
    if (!countryIn(span.surface, context.language)) continue;
    const name = embassyName(context, span.surface);
    found.push({
      ...span,
      sentenceIndex: hit.sentenceIndex,
      kind: 'Organization',
      roles: ['Embassy'],
      name,
      base: name,
      rule: `${context.language}.org.lower-case-mission`,
      confidence: 0.8,
    });
  }
  return found;
}

/**
 * "Initiative des BVMW", "a delegation of ABCD": an all-caps acronym after a genitive article or "of"/"the",
 * standing alone before a clause break, names a body. Countries, places, titles and amounts ("USD 5") are not.
 */
function cuedAcronyms(context: ArticleContext): Candidate[] {
  const { acronymBefore, acronymAfter } = context.lexicon.organization;
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${acronymBefore})\\s+(\\p{Lu}{3,8})(?![\\p{L}\\d-])(?=${acronymAfter}|\\s*$)`,
    'gdu',
  );
  const found: Candidate[] = [];
  for (const hit of matchSentences(context, pattern)) {
    const span = spanOf(context, hit, 1);
    const { surface } = span;
    if (context.lexicon.stopwords.has(surface) || isTitleWord(context, surface)) continue;
    if (lookupPlace(surface) || countryIn(surface, context.language)) continue;
    found.push({
      ...span,
      sentenceIndex: hit.sentenceIndex,
      kind: 'Organization',
      roles: [],
      name: surface,
      base: surface,
      rule: `${context.language}.org.cued-acronym`,
      confidence: 0.7,
    });
  }
  return found;
}

/**
 * "such as “A”, “B” and “C”" after a company noun, or "A LLC, B and C Group": in a list of which two
 * members are organisations, or of quoted names introduced as companies, every member is one.
 */
function listMembers(context: ArticleContext, found: Candidate[]): Candidate[] {
  const item = String.raw`["«„“][^"»“”]{2,40}["»“”]|${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3}`;
  const and = `(?:${context.lexicon.conjunction})`;
  const list = new RegExp(`(?:${item})(?:\\s*,\\s*(?:${item}))*\\s*,?\\s+${and}\\s+(?:${item})`, 'gdu');
  const members: Candidate[] = [];
  for (const hit of matchSentences(context, list)) {
    const items = [...hit.match[0].matchAll(new RegExp(`(?<=^|,\\s*|\\s${and}\\s+)(?:${item})`, 'gu'))].map((m) => {
      const quoted = /^["«„“]/u.test(m[0]);
      const start = hit.offset + m.index + (quoted ? 1 : 0);
      return { start, end: start + m[0].length - (quoted ? 2 : 0), quoted };
    });
    if (items.length < 3 && !items.every((i) => i.quoted)) continue;
    const isOrg = (i: { start: number; end: number }) => found.some((c) => c.start < i.end && c.end > i.start);
    const sentence = context.sentences[hit.sentenceIndex];
    const lead = sentence ? context.text.slice(sentence.start, hit.offset) : '';
    const introduced = items.every((i) => i.quoted) && context.lexicon.cue.orgList.test(lead);
    if (items.filter(isOrg).length < 2 && !introduced) continue;
    for (const member of items.filter((i) => !isOrg(i))) {
      const surface = context.text.slice(member.start, member.end);
      const first = surface.split(/\s+/)[0] ?? '';
      if (context.lexicon.stopwords.has(first) || lookupPlace(surface) || countryIn(surface, context.language))
        continue;
      members.push({
        ...member,
        surface,
        sentenceIndex: hit.sentenceIndex,
        kind: 'Organization',
        roles: ['Enterprise'],
        name: latinName(surface, context.language),
        base: latinName(surface, context.language),
        rule: `${context.language}.org.list-member`,
        confidence: 0.7,
      });
    }
  }
  return members;
}
