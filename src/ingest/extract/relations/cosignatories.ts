/**
 * MET_WITH for the two people who sign one document together: "the memorandum was signed by A and
 * B", "the governors of A and B, X and Y, signed a memorandum", "Das Protokoll wurde vom X und vom Y
 * unterzeichnet". Signing together means meeting (the annotation choice of the fresh sets). Nothing
 * for a sentence with more people, a planned or intended signing, a clause between the two ("A said
 * that the agreement signed by B"), or two who stand for the same body (a minister and his deputy).
 */
import { between, type RelationRule } from './view';

export const cosignatories: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  if (!lexicon.cue.sign.test(text) || !lexicon.cue.agreement.test(text)) return;
  if (lexicon.cue.intention.test(text) || lexicon.cue.planned.test(text)) return;
  const people = view.items.filter((i) => i.entity.kind === 'Person' && !i.ref);
  const [first, second, ...more] = [...new Map(people.map((i) => [i.entity, i])).values()];
  if (!first || !second || more.length > 0) return;
  if (lexicon.cue.clauseOpen.test(between(view, first.end, second.start))) return;
  const bodyOf = (localId: string) => view.state.bodyOf.get(localId);
  const firstBody = bodyOf(first.entity.localId);
  if (firstBody !== undefined && firstBody === bodyOf(second.entity.localId)) return;
  view.emit('MET_WITH', first.entity, second.entity, {}, `${language}.meet.cosignatories`, 0.6);
};
