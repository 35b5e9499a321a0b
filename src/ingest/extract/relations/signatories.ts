/**
 * PARTICIPATED_IN for the people who sign at an event: "the governors signed the road map at the
 * Forum of Regions", or "Within the XXI Forum, a road map was signed. The document was signed by
 * A and B." (the event of the signing sentence just before). Signing there means being there.
 */
import type { RelationRule } from './view';

export const signatories: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const previous = view.state.signingEvent;
  view.state.signingEvent = undefined;
  if (!lexicon.cue.sign.test(text) || lexicon.cue.intention.test(text)) return;
  const named = view.items.find((i) => i.entity.kind === 'Event' && !i.ref)?.entity;
  const event = named ?? (previous?.sentence === view.sentence.index - 1 ? previous.event : undefined);
  if (!event) return;
  if (named) view.state.signingEvent = { event: named, sentence: view.sentence.index };
  for (const person of view.items.filter((i) => i.entity.kind === 'Person' && !i.ref))
    view.emit('PARTICIPATED_IN', person.entity, event, {}, `${language}.participate.signatory`, 0.6);
};
