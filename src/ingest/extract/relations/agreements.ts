/**
 * AGREEMENT_WITH: a signed or reached agreement, road map or memorandum (not an
 * intention). Parties are territories or organisations: the pairs stated after
 * "between" ("between A and B and C regions, D and E" gives A-B, A-C, D-E), else
 * every pair of the parties named before the agreement word ("the heads of A,
 * B and C signed") or, with none before it, of the coordinated parties after it ("signed by A and
 * B"), else one named party and the article's other side, else the
 * article's two sides ("the sides", "the two regions"); agreements "at the
 * highest level" or of presidents join the two countries. A pair gets one
 * agreement per article. An agreement named as a proper noun is one in force; "agreed on X"
 * is an agreement on X. Its value may
 * follow in the next sentence.
 */
import { agreementTitle } from './agreement-title';
import { amountsIn } from './quantities';
import { articleSides, counterpartOf } from './sides';
import { isPlace, type Item, type RelationRule, type SentenceView } from './view';
import type { ExtractedEntity } from '../../types';

type Pair = [ExtractedEntity, ExtractedEntity];

/** A line that is an item of a list: a dash, bullet or number first. */
const listMarker = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/u;

const isParty = (i: Item): boolean =>
  (i.entity.kind === 'Organization' ||
    i.entity.kind === 'Region' ||
    i.entity.kind === 'City' ||
    i.entity.kind === 'Country') &&
  !i.entity.roles.includes('EconomicZone') &&
  (!i.ref || i.entity.kind === 'Region');

/**
 * "Sughd region of Tajikistan", "Bayzak District of Zhambyl region", "Belarus’ Gomel Oblast": a
 * place that only locates the party beside it.
 */
function locatesNeighbour(view: SentenceView, item: Item, parties: Item[]): boolean {
  const text = view.article.text;
  return parties.some(
    (p) =>
      p !== item &&
      p.entity.kind !== 'Country' &&
      ((p.end <= item.start &&
        isPlace(item.entity) &&
        view.article.lexicon.cue.locatorOf.test(text.slice(p.end, item.start))) ||
        (item.entity.kind === 'Country' &&
          item.end <= p.start &&
          /^(?:['’]s?)\s*$/u.test(text.slice(item.end, p.start)))),
  );
}

function distinct(items: Item[]): ExtractedEntity[] {
  return [...new Set(items.map((i) => i.entity))];
}

function allPairs(entities: ExtractedEntity[]): Pair[] {
  return entities.flatMap((a, i) => entities.slice(i + 1).map((b): Pair => [a, b]));
}

/** The pairs stated after "between": per comma group, the first party with each of the others. */
function betweenPairs(view: SentenceView, parties: Item[], from: number): Pair[] {
  const { between } = view.article.lexicon.cue;
  const text = view.sentence.text;
  const pairs: Pair[] = [];
  const starts = [...text.slice(from).matchAll(new RegExp(between.source, 'giu'))].map(
    (m) => view.sentence.start + from + (m.index ?? 0),
  );
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? view.sentence.end;
    const inSegment = parties.filter((p) => p.start >= start && p.start < end);
    const cuts = [...view.article.text.slice(start, end).matchAll(/[,;]\s/g)].map((m) => start + (m.index ?? 0));
    const groups = [start, ...cuts].map((groupStart, k) =>
      distinct(inSegment.filter((p) => p.start >= groupStart && p.start < (cuts[k] ?? end))),
    );
    if (groups.every((g) => g.length >= 2 || g.length === 0)) {
      for (const [first, ...others] of groups) if (first) for (const other of others) pairs.push([first, other]);
    } else pairs.push(...allPairs(distinct(inSegment)));
  });
  return pairs;
}

function pairsOf(view: SentenceView, cueAt: number): Pair[] {
  const { cue } = view.article.lexicon;
  const text = view.sentence.text;
  const named = view.items.filter(isParty);
  // Any organisation but a government body signs itself: "Uzbekistan Railways", "the Embassy of Uzbekistan"
  // are the party, the country in their name is not. Nor is a place inside an event's name ("the Forum of
  // Regions of A and B").
  const container = (i: Item): Item | undefined =>
    view.items.find(
      (p) =>
        p !== i &&
        i.start >= p.start &&
        i.end <= p.end &&
        (p.entity.kind === 'Event' || (named.includes(p) && !p.entity.roles.includes('GovernmentBody'))),
    );
  // "between the Government of X Region and the Akimat of Y Region": a body named by its territory signs for it.
  const inside = (i: Item): boolean =>
    i.entity.roles.includes('GovernmentBody') && named.some((p) => p !== i && p.start >= i.start && p.end <= i.end);
  // "В Омске главы A и B подписали": the city the sentence opens in is where they signed, not a party.
  const venue = (i: Item): boolean =>
    i.entity.kind === 'City' && cue.venueOpening.test(text.slice(0, i.start - view.sentence.start));
  const parties = named.filter((i) => !locatesNeighbour(view, i, named) && !inside(i) && !container(i) && !venue(i));
  const countries = distinct(parties.filter((p) => p.entity.kind === 'Country'));
  if (cue.countryLevel.test(text)) {
    if (countries.length >= 2) return [[countries[0] as ExtractedEntity, countries[1] as ExtractedEntity]];
    const sides = articleSides(view, 'country');
    return sides ? [sides] : [];
  }
  const betweenAt = text.search(cue.between);
  // "between A and B" names the parties; when A or B is not recognised, no pair is guessed.
  if (betweenAt >= 0 && parties.some((p) => p.start > view.sentence.start + betweenAt))
    return betweenPairs(view, parties, betweenAt);
  const before = distinct(parties.filter((p) => p.end <= view.sentence.start + cueAt));
  const after = parties.filter(
    (p) =>
      p.start > view.sentence.start + cueAt &&
      cue.withParty.test(view.article.text.slice(view.sentence.start, p.start)),
  );
  // "signed by A and B", "Документ подписали A и B", "das A und B unterzeichnet haben": with no party
  // before the agreement word, the coordinated parties after it.
  const named2 = [...new Set([...before, ...distinct(after)])];
  if (named2.length === 0) named2.push(...coordinatedAfter(view, parties, view.sentence.start + cueAt));
  // Two local parties leave out the countries beside them; a country and one organisation ("Uzbekistan
  // signed an agreement with the Eurasian Economic Union") are the two parties.
  const nonCountries = named2.filter((e) => e.kind !== 'Country');
  const local = nonCountries.length >= 2 || (nonCountries.length === 1 && named2.length > 2) ? nonCountries : named2;
  if (local.length >= 2) return allPairs(local.slice(0, 4));
  const [single] = local;
  if (single) {
    const other = counterpartOf(view, single);
    return other && other !== single ? [[single, other]] : [];
  }
  // "Kokrekbayev and Li signed a memorandum": the bodies the signatories stand for.
  const bodies = distinct(view.items.filter((i) => i.entity.kind === 'Person'))
    .map((p) => view.state.entities.find((e) => e.localId === view.state.bodyOf.get(p.localId)))
    .filter((e): e is ExtractedEntity => e !== undefined);
  const [first, second] = [...new Set(bodies)];
  if (first && second) return [[first, second]];
  // "the sides", "both countries" of an article about two countries and no two territories; an agreement
  // without any party named ("a package of agreements was signed") is not guessed to be the countries'.
  const sides =
    articleSides(view, cue.twoRegions.test(text) ? 'territory' : 'any') ??
    (cue.sides.test(text) || cue.twoCountries.test(text) ? articleSides(view, 'country') : undefined);
  return sides ? [sides] : [];
}

/** The first run of parties after an offset joined only by commas and the conjunction ("A and B", "A, B и C"). */
function coordinatedAfter(view: SentenceView, parties: Item[], from: number): ExtractedEntity[] {
  const joint = view.article.lexicon.cue.partyJoint;
  const run: Item[] = [];
  for (const p of parties.filter((i) => i.start > from)) {
    const last = run.at(-1);
    if (last && !joint.test(view.article.text.slice(last.end, p.start))) break;
    if (!last || p.entity !== last.entity) run.push(p);
  }
  return run.length >= 2 ? distinct(run) : [];
}

/**
 * "They signed a supply contract. It is worth 5 million euros.": the value stated in the next
 * sentence belongs to the agreements just stored (their property records are still being filled).
 */
function valueOfPrevious(view: SentenceView, properties: Record<string, string | number>[]): void {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const valueAt = text.search(lexicon.cue.value);
  if (valueAt < 0 || lexicon.cue.trade.test(text)) return;
  const [amount] = amountsIn(text.slice(valueAt), lexicon);
  if (!amount) return;
  for (const p of properties) Object.assign(p, { amount: amount.amount, currency: amount.currency });
}

export const agreements: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const { cue } = lexicon;
  const text = view.sentence.text;
  // "X agreed on cooperation in ... with Y": the agreement is what follows the phrase.
  const agreedOn = cue.agreedOn?.exec(text);
  const word = text.search(cue.agreement);
  const weak = cue.agreementWeak ? text.search(cue.agreementWeak) : -1;
  const agreement = agreedOn ? (agreedOn.index ?? 0) + agreedOn[0].length : word >= 0 ? word : weak;
  const previous = view.state.lastAgreements;
  view.state.lastAgreements = undefined;
  const named = cue.namedAgreement?.test(text) ?? false;
  // "The following agreements were signed:" then one document a line ("- Agreement ... between A and B;"):
  // the introduction names no parties of its own, each item is signed.
  const listItem = listMarker.test(text) && view.state.signedList === view.sentence.index - 1;
  const introducesList =
    cue.sign.test(text) &&
    /:\s*$/.test(text) &&
    listMarker.test(view.article.sentences[view.sentence.index + 1]?.text ?? '');
  if (introducesList || listItem) view.state.signedList = view.sentence.index;
  if (introducesList) return;
  const signed =
    Boolean(agreedOn) || cue.sign.test(text) || cue.countryLevel.test(text) || named || /:\s*$/.test(text) || listItem;
  if (agreement < 0 || cue.intention.test(text) || !signed) {
    if (previous && previous.sentence === view.sentence.index - 1) valueOfPrevious(view, previous.properties);
    return;
  }
  const [amount] = amountsIn(text.slice(agreement), lexicon);
  const title = agreementTitle(text, agreement, lexicon);
  const agreed = (view.state.agreements ??= new Set());
  for (const [a, b] of pairsOf(view, agreement)) {
    const key = [a.localId, b.localId].sort().join('|');
    if (a === b || agreed.has(key)) continue;
    agreed.add(key);
    const properties: Record<string, string | number> = { title };
    if (amount) Object.assign(properties, { amount: amount.amount, currency: amount.currency });
    view.emit('AGREEMENT_WITH', a, b, properties, `${language}.agreement.signed`, 0.7);
    if (!amount) {
      view.state.lastAgreements ??= { sentence: view.sentence.index, properties: [] };
      view.state.lastAgreements.properties.push(properties);
    }
  }
};
