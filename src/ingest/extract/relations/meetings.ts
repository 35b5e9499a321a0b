/**
 * MET_WITH: a meeting cue with two or more people in the sentence (names or
 * resolved references); with one person, the organisations met "with
 * representatives of". Dates come from the sentence; the pair is remembered for
 * "the sides".
 */
import { dateIn } from './quantities';
import { inComplement, type RelationRule } from './view';

export const meetings: RelationRule = (view) => {
  const { lexicon } = view.article;
  if (!lexicon.cue.meet.test(view.sentence.text)) return;
  const people = [
    ...new Map(view.items.filter((i) => i.entity.kind === 'Person').map((i) => [i.entity.localId, i])).values(),
  ];
  const date = dateIn(view.sentence.text, lexicon, view.state.publishedYear);
  const properties: Record<string, string> = date ? { date } : {};
  const rule = `${view.article.language}.meet.cue`;
  const [first, ...others] = people;
  if (!first) return;
  for (const other of others) {
    view.emit('MET_WITH', first.entity, other.entity, properties, rule, 0.75);
    view.state.lastMeeting = [first.entity.localId, other.entity.localId];
  }
  if (others.length === 0) {
    const cue = view.sentence.text.search(lexicon.cue.meet) + view.sentence.start;
    const orgs = view.items.filter(
      (i) =>
        i.entity.kind === 'Organization' &&
        i.start > cue &&
        !inComplement(view.state, i) &&
        /\bwith\b|representatives|mit\b|с\s/i.test(view.article.text.slice(cue, i.start)),
    );
    for (const org of orgs)
      view.emit(
        'MET_WITH',
        first.entity,
        org.entity,
        properties,
        `${view.article.language}.meet.with-organisation`,
        0.6,
      );
  }
};
