/**
 * VISITED for a delegation its host received: "the Governor of X region Y received a delegation of Z led by W"
 * says that Z and W came to X, the territory the host heads (from his title), though no visit cue names X.
 * The visit is remembered as the delegation's, so members named later are credited with it too.
 */
import type { ExtractedEntity } from '../../types';
import { delegationPeople } from './delegations';
import { dateIn } from './quantities';
import type { RelationRule } from './view';

export const receivedDelegation: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const cue = lexicon.cue.receivedDelegation.exec(view.sentence.text);
  const group = view.state.delegation;
  if (!cue || !group || lexicon.cue.intention.test(view.sentence.text) || lexicon.cue.planned.test(view.sentence.text))
    return;
  const cueStart = view.sentence.start + cue.index;
  // The host: the last person named before the cue, whose title makes him the head of a territory.
  const host = view.items.filter((i) => i.entity.kind === 'Person' && i.end <= cueStart).at(-1)?.entity;
  const territoryId = host && view.state.bodyOf.get(host.localId);
  const territory = view.state.entities.find(
    (e) =>
      e.localId === territoryId &&
      (e.kind === 'Region' || e.kind === 'City') &&
      view.state.headOf.get(e.localId) === host?.localId,
  );
  if (!territory) return;
  const visitors = [group.owner, ...delegationPeople(group)].filter(
    (e): e is ExtractedEntity => e !== undefined && e !== territory && e !== host,
  );
  const date = dateIn(view.sentence.text, lexicon, view.state.publishedYear);
  const properties: Record<string, string> = date ? { date } : {};
  for (const visitor of visitors)
    view.emit('VISITED', visitor, territory, properties, `${language}.visit.received-delegation`, 0.65);
  group.visit ??= { target: territory, properties };
};
