/**
 * How the review page shows one queue item: the fact as a person reads it,
 * its confidence and state, and each sentence that states it with the words
 * naming the fact's from and to entities marked (the spans the queue gives),
 * with the extractor, rule and document title. Text goes in as text nodes (dom.ts).
 */
import { h } from './dom';
import { sentenceParts } from './sentence-parts';
import type { MentionSpan, ReviewFact, ReviewItem, ReviewSentence, ReviewState } from './review-queries';

/** What the page knows of an item beyond the queue's answer: the state after this session's judgements. */
export interface ShownItem extends ReviewItem {
  state: ReviewState;
  /** The fact an EDIT stored in its place. */
  correction: ReviewFact | null;
}

const stateWords: Record<ReviewState, string> = {
  UNREVIEWED: 'not judged yet',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  EDITED: 'edited',
};

export function stateWord(state: ReviewState): string {
  return stateWords[state];
}

export function factSentence(fact: ReviewFact): string {
  return `${fact.from.name} ${fact.label} ${fact.to.name}`;
}

/** The sentence with the endpoints' mentions marked as from or to (sentence-parts.ts). */
export function markedSentence(text: string, fromSpans: MentionSpan[], toSpans: MentionSpan[]): (Node | string)[] {
  return sentenceParts(text, fromSpans, toSpans).map(({ text: words, side }) =>
    side ? h('mark', { class: side, title: `${side} entity` }, words) : words,
  );
}

function propertiesText(fact: ReviewFact): string {
  const stated = (['date', 'amount', 'currency', 'stake', 'period', 'title'] as const)
    .filter((name) => fact[name] !== null && fact[name] !== undefined)
    .map((name) => `${name} ${String(fact[name])}`);
  if (fact.status !== 'stated') stated.push(`status ${fact.status}`);
  return stated.join(' · ');
}

function sentenceBlock(sentence: ReviewSentence): HTMLElement {
  return h(
    'li',
    { class: 'review-sentence' },
    h('blockquote', {}, markedSentence(sentence.sentence.text, sentence.fromSpans, sentence.toSpans)),
    h(
      'p',
      { class: 'source' },
      'In ',
      sentence.document.url
        ? h(
            'a',
            { href: sentence.document.url, class: 'document-title' },
            sentence.document.title ?? sentence.document.id,
          )
        : h('cite', { class: 'document-title' }, sentence.document.title ?? sentence.document.id),
      ` · extractor ${sentence.extractor} · rule ${sentence.rule} · confidence ${sentence.confidence.toFixed(2)}`,
    ),
  );
}

/** The graph viewer's link to the fact's two endpoints with the fact selected. */
export function graphLink(fact: ReviewFact): string {
  return `/#e=${fact.from.id},${fact.to.id}&fact=${fact.id}`;
}

export function itemView(item: ShownItem, position: number, count: number): HTMLElement {
  const fact = item.fact;
  const properties = propertiesText(fact);
  return h(
    'article',
    { id: 'review-item', tabindex: '-1', 'aria-labelledby': 'review-item-title', 'data-fact': fact.id },
    h('p', { class: 'muted' }, `Fact ${position} of ${count}`),
    h(
      'h2',
      { id: 'review-item-title' },
      h('mark', { class: 'from' }, fact.from.name),
      ` ${fact.label} `,
      h('mark', { class: 'to' }, fact.to.name),
    ),
    h(
      'p',
      { class: 'fact-meta' },
      h('span', { class: 'fact-type' }, fact.type),
      ` · confidence ${fact.confidence.toFixed(2)}`,
      properties ? ` · ${properties}` : null,
      ' · ',
      h('strong', { class: `state state-${item.state.toLowerCase()}`, id: 'review-item-state' }, stateWord(item.state)),
    ),
    item.correction ? h('p', { class: 'correction' }, `Corrected to: ${factSentence(item.correction)}`) : null,
    h('ol', { class: 'review-sentences' }, item.sentences.map(sentenceBlock)),
    h(
      'p',
      {},
      h('a', { href: graphLink(item.correction ?? fact), target: '_blank', id: 'show-in-graph' }, 'Show in graph (g)'),
    ),
  );
}
