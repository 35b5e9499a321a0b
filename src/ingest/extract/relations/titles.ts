/**
 * Title relations from the title links found with the names. The title's class
 * and the kinds it belongs to (TitleSpec.at) decide the relation:
 * - an ambassador REPRESENTS the country of the title phrase and is
 *   ACCREDITED_TO the one after "to/in/в"; a consul only REPRESENTS;
 * - a member of a mission HOLDS_POSITION at the embassy and REPRESENTS its country;
 * - a head GOVERNS the region or city of the phrase ("Governor of X", "X Governor",
 *   "head of this region"); a head of an organisation, or of a post described
 *   in the phrase ("head of the press service of X"), HOLDS_POSITION there;
 * - any other post HOLDS_POSITION at the body of the phrase, at the body its
 *   compound names ("Landtagspräsidentin"), else at the last body of its kind
 *   named before it in the sentence; a post of "the region" at the region named before; a
 *   president with no body at the article's one country.
 * Also "Embassy of X" REPRESENTS X. A post's facts carry the bounds the text states around the
 * title ("former", "appointed in March 2023", "until 2021": tenure.ts).
 */
import type { EntityKind } from '../../../model';
import { foldKey } from '../../../model/fold';
import { demonymOf } from '../demonym';
import { afterDelegationWord, delegationPeople } from './delegations';
import type { ExtractedEntity } from '../../types';
import type { TitleLink } from '../mentions';
import { tenureBounds } from './tenure';
import { addRole, isPlace, type Item, type RelationRule, type SentenceView } from './view';

function complementItems(view: SentenceView, start: number, end: number): Item[] {
  return view.items.filter((item) => item.start >= start && item.start < end && item.entity.kind !== 'Person');
}

/** The body named right before the title: "Khatlon Governor", "Kazakhstan's ambassador", "TURKSOY Secretary General". */
function adjacentItem(view: SentenceView, titleStart: number): Item | undefined {
  const last = view.items.filter((item) => item.end <= titleStart && item.entity.kind !== 'Person').at(-1);
  return last && /^\s*(?:['’]s\s*)?$/u.test(view.article.text.slice(last.end, titleStart)) ? last : undefined;
}

function hostCountry(view: SentenceView, items: Item[]): ExtractedEntity | undefined {
  const cue = view.article.lexicon.cue.hostBefore;
  return items.find(
    (item) =>
      item.entity.kind === 'Country' && cue.test(view.article.text.slice(Math.max(0, item.start - 30), item.start)),
  )?.entity;
}

/** The first candidate of the kinds the title belongs to, in their order of preference. */
function ofKinds(candidates: Item[], kinds: readonly EntityKind[]): ExtractedEntity | undefined {
  for (const kind of kinds) {
    const found = candidates.find((item) => item.entity.kind === kind);
    if (found) return found.entity;
  }
  return undefined;
}

/** The title with its complement, as written. */
function phrase(view: SentenceView, link: TitleLink): string {
  return view.article.text.slice(link.titleStart, link.complementEnd);
}

/**
 * "head of this region", "the Hokim of the region X": the region named last before the title,
 * or the region of the city named last ("visited the city of Bukhara. The Hokim of the region").
 */
function thisTerritory(view: SentenceView, link: TitleLink): ExtractedEntity | undefined {
  if (!view.article.lexicon.cue.thisTerritory.test(phrase(view, link))) return undefined;
  const territories = view.state.entities.filter(
    (e) => (e.kind === 'Region' && !e.roles.includes('EconomicZone')) || e.kind === 'City',
  );
  let best: { entity: ExtractedEntity; at: number } | undefined;
  for (const entity of territories)
    for (const m of entity.mentions)
      if (m.end <= link.titleStart && (!best || m.start > best.at)) best = { entity, at: m.start };
  const last = best?.entity;
  if (last?.kind !== 'City') return last;
  return territories.find((e) => e.kind === 'Region' && e.name.startsWith(`${last.name} `));
}

/** "Landtagspräsidentin": the organisation whose name's first word the compound title starts with ("Landtag"). */
function compoundBody(view: SentenceView, link: TitleLink): ExtractedEntity | undefined {
  const word = foldKey(link.titleSurface.split(/\s+/).at(-1) ?? '');
  return view.state.entities.find(
    (e) =>
      e.kind === 'Organization' &&
      nameWords(e).some(([w, folded]) => folded.length >= 5 && word.startsWith(folded) && word.length > w.length + 3),
  );
}

/** The words of an entity's names with their folded keys, folded once per entity (a long article has many titles). */
const nameWordsOf = new WeakMap<ExtractedEntity, [string, string][]>();
function nameWords(entity: ExtractedEntity): [string, string][] {
  let words = nameWordsOf.get(entity);
  if (!words) {
    words = [entity.name, ...entity.aliases].flatMap((n) =>
      n.split(/\s+/).map((w): [string, string] => [w, foldKey(w)]),
    );
    nameWordsOf.set(entity, words);
  }
  return words;
}

/** The last body of the given kinds named before the title in the sentence ("the delegation of X Oblast led by governor Y"). */
function lastBefore(view: SentenceView, titleStart: number, kinds: readonly EntityKind[]): ExtractedEntity | undefined {
  // The kinds in their order of preference: an akim's region before a city named later ("des Gebiets X ... in Y").
  for (const kind of kinds) {
    const last = view.items.filter((item) => item.end <= titleStart && item.entity.kind === kind).at(-1);
    if (last) return last.entity;
  }
  return undefined;
}

/** "Latvian Ambassador", "der kasachische Generalkonsul": the country of the nationality adjective right before the title. */
function adjectiveCountry(view: SentenceView, titleStart: number): ExtractedEntity | undefined {
  const word = /(\p{L}+)\s+$/u.exec(view.article.text.slice(Math.max(0, titleStart - 40), titleStart))?.[1];
  if (!word) return undefined;
  const countries = view.state.entities.filter((e) => e.kind === 'Country');
  return countries[
    demonymOf(
      word,
      countries.map((c) => [c.name, ...c.aliases]),
      view.article.lexicon,
    )
  ];
}

/** "Botschafter der Kirgisischen Republik", "Ambassador of the Kyrgyz Republic": a nationality adjective in the complement. */
function complementAdjectiveCountry(
  view: SentenceView,
  link: TitleLink,
  host: ExtractedEntity | undefined,
): ExtractedEntity | undefined {
  const countries = view.state.entities.filter((e) => e.kind === 'Country' && e !== host);
  const names = countries.map((c) => [c.name, ...c.aliases]);
  for (const [word] of view.article.text.slice(link.complementStart, link.complementEnd).matchAll(/\p{Lu}\p{L}+/gu)) {
    const index = demonymOf(word, names, view.article.lexicon);
    if (index >= 0) return countries[index];
  }
  return undefined;
}

/** "the delegation of the Embassy of X ... led by Ambassador Y": the country of the mission named before the title. */
function missionCountry(
  view: SentenceView,
  titleStart: number,
  host: ExtractedEntity | undefined,
): ExtractedEntity | undefined {
  const mission = view.items
    .filter((item) => item.end <= titleStart && item.entity.roles.includes('Embassy'))
    .at(-1)?.entity;
  const country = mission && embassyCountry(view, mission);
  return country === host ? undefined : country;
}

function diplomat(view: SentenceView, link: TitleLink, person: ExtractedEntity, candidates: Item[]): void {
  const rule = `${view.article.language}.title.${link.title.class}`;
  const host = link.title.class === 'ambassador' ? hostCountry(view, candidates) : undefined;
  const sending =
    candidates.find((item) => item.entity.kind === 'Country' && item.entity !== host)?.entity ??
    adjectiveCountry(view, link.titleStart) ??
    complementAdjectiveCountry(view, link, host) ??
    missionCountry(view, link.titleStart, host);
  view.emit('REPRESENTS', person, sending, { title: link.titleSurface, ...tenureBounds(view, link) }, rule, 0.9);
  view.emit('ACCREDITED_TO', person, host, { title: link.titleSurface, ...tenureBounds(view, link) }, rule, 0.85);
  if (sending) view.state.bodyOf.set(person.localId, sending.localId);
}

function mission(view: SentenceView, link: TitleLink, person: ExtractedEntity, candidates: Item[]): void {
  const rule = `${view.article.language}.title.mission`;
  const embassy = candidates.find((item) => item.entity.roles.includes('Embassy'))?.entity;
  const country =
    candidates.find((item) => item.entity.kind === 'Country')?.entity ?? (embassy && embassyCountry(view, embassy));
  view.emit('HOLDS_POSITION', person, embassy, { title: link.titleSurface, ...tenureBounds(view, link) }, rule, 0.8);
  view.emit('REPRESENTS', person, country, { title: link.titleSurface, ...tenureBounds(view, link) }, rule, 0.8);
  if (country) view.state.bodyOf.set(person.localId, country.localId);
}

function position(view: SentenceView, link: TitleLink, person: ExtractedEntity, candidates: Item[]): void {
  const kinds = link.title.at ?? ['Organization', 'Region', 'City', 'Country'];
  const rule = `${view.article.language}.title.${link.title.class}`;
  const title = { title: link.titleSurface, ...tenureBounds(view, link) };
  if (link.title.class === 'head' && !link.described) {
    const territory =
      ofKinds(
        candidates,
        kinds.filter((k) => k === 'Region' || k === 'City'),
      ) ?? thisTerritory(view, link);
    if (territory) {
      view.emit('GOVERNS', person, territory, title, rule, 0.85);
      view.state.bodyOf.set(person.localId, territory.localId);
      view.state.headOf.set(territory.localId, person.localId);
      return;
    }
    // The head of a named organisation ("Chairman of the City Council") holds a position there.
    const body = ofKinds(candidates, ['Organization', 'Country']);
    const governed = body && committeeTerritory(view, body);
    if (governed) {
      // The post is the committee's chairmanship: the title keeps the committee ("Chairman of the X Executive Committee").
      const chair = { title: phrase(view, link).replace(/\s+/gu, ' ').trim(), ...tenureBounds(view, link) };
      view.emit('GOVERNS', person, governed, chair, `${view.article.language}.title.committee`, 0.8);
      view.state.bodyOf.set(person.localId, governed.localId);
      view.state.headOf.set(governed.localId, person.localId);
      return;
    }
    if (body) {
      view.emit('HOLDS_POSITION', person, body, title, rule, 0.8);
      return;
    }
    // "Governor Ali Veli" named again: the territory he was given before, not a place of this sentence.
    if (view.state.bodyOf.has(person.localId)) return;
    const before = lastBefore(view, link.titleStart, ['Region', 'City']);
    // "a delegation of A region ... met with governor X": the guests' region is not the host's.
    if (before && metBetween(view, before, link.titleStart)) return;
    // "The governor of A region, X, met with Governor Y": A has its head already, so Y heads another place.
    const head = before && view.state.headOf.get(before.localId);
    if (head !== undefined && head !== person.localId) return;
    view.emit('GOVERNS', person, before, title, rule, 0.7);
    if (before) {
      view.state.bodyOf.set(person.localId, before.localId);
      view.state.headOf.set(before.localId, person.localId);
    }
    return;
  }
  // "the deputy governor of the region X", "замакима области": the region named before, never a city.
  const ofThisTerritory = view.article.lexicon.cue.thisTerritory.test(phrase(view, link));
  // A described post ("head of the delegation") belongs to a body only when the phrase names one.
  const body = link.described
    ? (ofKinds(candidates, kinds) ?? ofKinds(candidates, ['Organization', 'Region', 'City', 'Country']))
    : ofThisTerritory
      ? (ofKinds(candidates, kinds) ?? thisTerritory(view, link))
      : (ofKinds(candidates, kinds) ??
        compoundBody(view, link) ??
        (kinds.includes('Country') ? adjectiveCountry(view, link.titleStart) : undefined) ??
        lastBefore(view, link.titleStart, kinds) ??
        (link.title.national ? onlyCountry(view) : undefined) ??
        delegationTerritory(view, person, kinds));
  view.emit('HOLDS_POSITION', person, body, title, `${view.article.language}.title.post`, 0.75);
  if (body && isPlace(body)) view.state.bodyOf.set(person.localId, body.localId);
}

/**
 * "the head of the delegation, deputy khokim X": a post named with no territory, held by the leader or a member
 * of the delegation of a region the article follows, is a post of that region.
 */
function delegationTerritory(
  view: SentenceView,
  person: ExtractedEntity,
  kinds: readonly EntityKind[],
): ExtractedEntity | undefined {
  const group = view.state.delegation;
  const owner = group?.owner;
  if (!group || !owner || !kinds.includes(owner.kind) || !isPlace(owner)) return undefined;
  return delegationPeople(group).includes(person) ? owner : undefined;
}

/**
 * "a delegation of A region ... met with governor X": a meeting cue between the delegation's own place and a
 * later title, which then belongs to the other side of the meeting.
 */
function metBetween(view: SentenceView, place: ExtractedEntity, titleStart: number): boolean {
  const mention = view.items.filter((i) => i.entity === place && i.end <= titleStart).at(-1);
  return (
    mention !== undefined &&
    view.article.lexicon.cue.meet.test(view.article.text.slice(mention.end, titleStart)) &&
    afterDelegationWord(view, mention)
  );
}

/** "Chairman of the Minsk Regional Executive Committee": the region the committee governs, when the article names it. */
function committeeTerritory(view: SentenceView, body: ExtractedEntity): ExtractedEntity | undefined {
  const name = view.article.lexicon.cue.territoryCommittee.exec(body.name)?.[1];
  if (!name) return undefined;
  return view.state.entities.find(
    (e) => e.kind === 'Region' && [e.name, ...e.aliases].some((n) => n === name || n.startsWith(`${name} `)),
  );
}

/** "President Veliyev noted ...": with no body named, the one country of the article, if it names only one. */
function onlyCountry(view: SentenceView): ExtractedEntity | undefined {
  const countries = view.state.entities.filter((e) => e.kind === 'Country');
  return countries.length === 1 ? countries[0] : undefined;
}

function isConsulate(view: SentenceView, mission: ExtractedEntity): boolean {
  const consul = view.article.lexicon.titles.filter((t) => t.class === 'consul').map((t) => t.pattern);
  return consul.length > 0 && new RegExp(consul.join('|'), 'iu').test(mission.name);
}

/** The country an embassy's name says, read from its mentions first: the canonical name may add its seat ("... in Y"). */
function embassyCountry(view: SentenceView, embassy: ExtractedEntity): ExtractedEntity | undefined {
  const countries = view.state.entities.filter((e) => e.kind === 'Country');
  const surfaces = embassy.mentions.map((m) => m.surface);
  const seated = surfaces.some((s) => embassy.name.startsWith(`${s} `));
  for (const form of seated ? surfaces : [...surfaces, embassy.name]) {
    const country = countries.find((e) => [e.name, ...e.aliases].some((n) => form.includes(n)));
    if (country) return country;
  }
  return undefined;
}

export const titles: RelationRule = (view) => {
  for (const link of view.state.links.filter((l) => l.person.sentenceIndex === view.sentence.index)) {
    const person = view.items.find((item) => item.start === link.person.start)?.entity;
    if (!person) continue;
    addRole(person, link.title.role);
    const adjacent = adjacentItem(view, link.titleStart);
    const candidates = [
      ...complementItems(view, link.complementStart, link.complementEnd),
      ...(adjacent ? [adjacent] : []),
    ];
    if (link.title.class === 'ambassador' || link.title.class === 'consul') diplomat(view, link, person, candidates);
    else if (link.title.class === 'mission') mission(view, link, person, candidates);
    else position(view, link, person, candidates);
  }
  for (const item of view.items) {
    const embassy = item.entity;
    if (item.ref || !embassy.roles.includes('Embassy')) continue;
    const country =
      view.state.entities.find(
        (e) => e.kind === 'Country' && e.mentions.some((m) => m.start >= item.start && m.end <= item.end),
      ) ?? embassyCountry(view, embassy);
    view.emit('REPRESENTS', embassy, country, {}, `${view.article.language}.title.embassy-of`, 0.85);
    // "Посольством Казахстана в Узбекистане", "the Embassy of India in Turkmenistan": the host country right after;
    // a consulate has none.
    const host = isConsulate(view, embassy)
      ? undefined
      : view.items.find(
          (i) =>
            i.start >= item.end &&
            i.entity.kind === 'Country' &&
            i.entity !== country &&
            view.article.lexicon.cue.hostBefore.test(view.article.text.slice(item.end, i.start)),
        );
    view.emit('ACCREDITED_TO', embassy, host?.entity, {}, `${view.article.language}.title.embassy-in`, 0.8);
  }
};
