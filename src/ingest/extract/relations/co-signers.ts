/**
 * MET_WITH for two people who sign a document together ("the governors of A and B, X and Y, signed a
 * memorandum", "the agreement was signed by Governor X and Akim Y"): signing together means meeting.
 * Only two people who stand for two different places (from their titles) count, so that a minister and
 * his deputy, or a signing reported as planned, give nothing.
 */
import type { RelationRule } from './view';

export const coSigners: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  if (!lexicon.cue.sign.test(text) || !lexicon.cue.agreement.test(text) || lexicon.cue.intention.test(text)) return;
  if (lexicon.cue.planned.test(text)) return;
  const people = [...new Set(view.items.filter((i) => i.entity.kind === 'Person' && !i.ref).map((i) => i.entity))];
  if (people.length !== 2) return;
  const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
  const bodyA = view.state.bodyOf.get(a.localId);
  const bodyB = view.state.bodyOf.get(b.localId);
  if (!bodyA || !bodyB || bodyA === bodyB) return;
  const places = view.state.entities.filter((e) => e.localId === bodyA || e.localId === bodyB);
  if (places.length !== 2 || places.some((p) => p.kind !== 'Region' && p.kind !== 'City' && p.kind !== 'Country'))
    return;
  view.emit('MET_WITH', a, b, {}, `${language}.meet.co-signers`, 0.6);
};
