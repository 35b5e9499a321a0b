/**
 * MET_WITH for the two people who sign one document together: "the memorandum was signed by A and
 * B", "Das Protokoll wurde vom X und vom Y unterzeichnet". Signing together means meeting (the
 * annotation choice of the fresh sets); a sentence with more people, or an intention to sign, gives none.
 */
import { between, type RelationRule } from './view';

export const cosignatories: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  if (!lexicon.cue.sign.test(text) || !lexicon.cue.agreement.test(text) || lexicon.cue.intention.test(text)) return;
  const people = view.items.filter((i) => i.entity.kind === 'Person' && !i.ref);
  const [first, second, ...more] = [...new Map(people.map((i) => [i.entity, i])).values()];
  if (!first || !second || more.length > 0) return;
  // "A said that the agreement signed by B ...": a clause between them, so not two who signed together.
  if (lexicon.cue.clauseOpen.test(between(view, first.end, second.start))) return;
  view.emit('MET_WITH', first.entity, second.entity, {}, `${language}.meet.cosignatories`, 0.6);
};
