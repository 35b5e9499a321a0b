/**
 * The visitor phrase of a noun-form visit: "the visit of X to Y", "der Besuch des
 * X in Y". Shared by visits (who visited) and delegations (a delegation named
 * there is the visitor of that visit, not the delegation the article follows).
 */
import type { SentenceView } from './view';

export interface VisitorPhrase {
  start: number;
  end: number;
  /** Where the destination phrase starts. */
  targets: number;
}

export function visitorPhrase(view: SentenceView, cueEnd: number): VisitorPhrase | undefined {
  const { lexicon, text } = view.article;
  const { visitorAfter, destination } = lexicon.cue;
  const rest = text.slice(cueEnd, view.sentence.end);
  const of = visitorAfter?.exec(rest);
  if (!of) return undefined;
  const start = cueEnd + of[0].length;
  const to = destination.exec(text.slice(start, view.sentence.end));
  if (!to) return undefined;
  return { start, end: start + to.index, targets: start + to.index + to[0].length };
}

/** The visitor phrases of all visit cues of the sentence. */
export function visitorPhrases(view: SentenceView): VisitorPhrase[] {
  const { visit } = view.article.lexicon.cue;
  const cues = view.sentence.text.matchAll(new RegExp(visit.source, `${visit.flags.replace('g', '')}g`));
  return [...cues]
    .map((cue) => visitorPhrase(view, view.sentence.start + (cue.index ?? 0) + cue[0].length))
    .filter((p): p is VisitorPhrase => p !== undefined);
}
