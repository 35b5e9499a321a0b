/**
 * Adds what the LLM found to what the rules found in the same article. An LLM
 * entity joins a rules entity of the same kind when a folded name or alias
 * (foldKey) is shared: its other verbatim surfaces become aliases, its roles
 * and mentions are added, each mention keeping its 'llm' mark. Otherwise it is
 * added as it is. An LLM fact is skipped when a fact of the same type joins the
 * same entities (either way round when the relation is symmetric) and agrees on
 * every key property both give; otherwise it is added with its 'llm' mark.
 * The rules' items are never changed.
 */
import { relations } from '../../model';
import type { ExtractedEntity, ExtractedFact, Extraction } from '../types';
import { foldKey } from '../../model/fold';

const keysOf = (entity: ExtractedEntity): Set<string> =>
  new Set([entity.name, ...entity.aliases].map(foldKey).filter((key) => key !== ''));

function sameFact(a: ExtractedFact, b: ExtractedFact): boolean {
  if (a.type !== b.type) return false;
  const sameEnds =
    (a.from === b.from && a.to === b.to) || (relations[a.type].symmetric && a.from === b.to && a.to === b.from);
  return (
    sameEnds &&
    relations[a.type].keyProperties.every((name: string) => {
      const [x, y] = [a.properties[name], b.properties[name]];
      return x === undefined || y === undefined || foldKey(String(x)) === foldKey(String(y));
    })
  );
}

export function mergeExtractions(
  rules: Extraction,
  llm: { entities: ExtractedEntity[]; facts: ExtractedFact[] },
): Extraction {
  const entities = rules.entities.map((entity) => ({ ...entity }));
  const usedIds = new Set(entities.map((entity) => entity.localId));
  const idOf = new Map<string, string>();

  for (const found of llm.entities) {
    const keys = keysOf(found);
    const match = entities.find(
      (entity) => entity.kind === found.kind && [...keysOf(entity)].some((key) => keys.has(key)),
    );
    if (!match) {
      let n = entities.length + 1;
      while (usedIds.has(`e${n}`)) n++;
      usedIds.add(`e${n}`);
      entities.push({ ...found, localId: `e${n}` });
      idOf.set(found.localId, `e${n}`);
      continue;
    }
    idOf.set(found.localId, match.localId);
    const surfaces = new Set([match.name, ...match.aliases]);
    const verbatim = new Set([...found.aliases, ...found.mentions.map((mention) => mention.surface)]);
    match.aliases = [...match.aliases, ...[...verbatim].filter((surface) => !surfaces.has(surface))];
    match.roles = [...new Set([...match.roles, ...found.roles])];
    const spans = new Set(match.mentions.map((mention) => `${mention.start}:${mention.end}`));
    match.mentions = [
      ...match.mentions,
      ...found.mentions.filter((mention) => !spans.has(`${mention.start}:${mention.end}`)),
    ];
  }

  const facts = [...rules.facts];
  for (const fact of llm.facts) {
    const candidate = { ...fact, from: idOf.get(fact.from)!, to: idOf.get(fact.to)! };
    if (candidate.from === candidate.to || facts.some((existing) => sameFact(existing, candidate))) continue;
    facts.push(candidate);
  }
  return { ...rules, entities, facts };
}
