/**
 * How the review page shows one queue item. A fact: as a person reads it, its
 * confidence and state, and each sentence that states it with the words naming
 * the fact's from and to entities marked (the spans the queue gives), with the
 * extractor, rule and document title. A fuzzy resolution: the names as the
 * document writes them and the entity they were taken for, the match score,
 * and the sentences with those names marked. Text goes in as text nodes (dom.ts).
 */
import { h } from './dom';
import { sentenceParts } from './sentence-parts';
import type {
  MentionSpan,
  ResolutionSentence,
  ReviewFact,
  ReviewResolution,
  ReviewSentence,
  ReviewState,
} from './review-queries';

/** Where a resolution stands after this session: waiting, confirmed (a) or split off (r). */
export type ResolutionState = 'UNREVIEWED' | 'CONFIRMED' | 'SPLIT';

/** What the page knows of an item beyond the queue's answer: the state after this session's judgements. */
export type ShownItem = ShownFact | ShownResolution;

export interface ShownFact {
  kind: 'FACT';
  fact: ReviewFact;
  sentences: ReviewSentence[];
  state: ReviewState;
  /** The fact an EDIT stored in its place. */
  correction: ReviewFact | null;
}

export interface ShownResolution {
  kind: 'RESOLUTION';
  resolution: ReviewResolution;
  state: ResolutionState;
}

const stateWords: Record<ReviewState, string> = {
  UNREVIEWED: 'not judged yet',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  EDITED: 'edited',
};

const resolutionStateWords: Record<ResolutionState, string> = {
  UNREVIEWED: 'not judged yet',
  CONFIRMED: 'confirmed',
  SPLIT: 'split',
};

export function stateWord(state: ReviewState): string {
  return stateWords[state];
}

export function itemStateWord(item: ShownItem): string {
  return item.kind === 'FACT' ? stateWords[item.state] : resolutionStateWords[item.state];
}

/** "Khayrullo Bozorov → Khayrullo Bozarov": the names as written, then the entity they were taken for. */
export function resolutionSentence(resolution: ReviewResolution): string {
  return `${resolution.writtenNames.join(', ')} → ${resolution.entityName}`;
}

/** How the list and the status line name an item. */
export function itemSentence(item: ShownItem): string {
  return item.kind === 'FACT' ? factSentence(item.fact) : resolutionSentence(item.resolution);
}

/** What identifies an item on the page (data-fact, data-resolution): a fact's id, a resolution's document and entity. */
export function itemKey(item: ShownItem): string {
  return item.kind === 'FACT' ? item.fact.id : `${item.resolution.document.id}:${item.resolution.entity.id}`;
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

function resolutionSentenceBlock(sentence: ResolutionSentence): HTMLElement {
  return h(
    'li',
    { class: 'review-sentence' },
    h(
      'blockquote',
      {},
      sentenceParts(sentence.sentence.text, sentence.spans, []).map(({ text, side }) =>
        side ? h('mark', { class: 'written', title: 'name as written' }, text) : text,
      ),
    ),
  );
}

function resolutionView(item: ShownResolution, position: number, count: number): HTMLElement {
  const resolution = item.resolution;
  const document = resolution.document;
  return h(
    'article',
    {
      id: 'review-item',
      tabindex: '-1',
      'aria-labelledby': 'review-item-title',
      'data-resolution': itemKey(item),
    },
    h('p', { class: 'muted' }, `Resolution ${position} of ${count}: is this name the entity already in the graph?`),
    h(
      'h2',
      { id: 'review-item-title' },
      resolution.writtenNames.flatMap((name, index) => [
        index > 0 ? ', ' : null,
        h('mark', { class: 'written' }, name),
      ]),
      ' taken for ',
      h('mark', { class: 'entity' }, resolution.entityName),
    ),
    h(
      'p',
      { class: 'fact-meta' },
      h('span', { class: 'fact-type' }, 'RESOLUTION'),
      ` · score ${resolution.score.toFixed(2)} · ${resolution.mentions} ${resolution.mentions === 1 ? 'mention' : 'mentions'} · `,
      h('strong', { class: `state state-${item.state.toLowerCase()}`, id: 'review-item-state' }, itemStateWord(item)),
    ),
    h(
      'p',
      { class: 'source' },
      'In ',
      document.url
        ? h('a', { href: document.url, class: 'document-title' }, document.title ?? document.id)
        : h('cite', { class: 'document-title' }, document.title ?? document.id),
      ` · ${resolution.entity.kind} ${resolution.entityName}`,
    ),
    h('ol', { class: 'review-sentences' }, resolution.sentences.map(resolutionSentenceBlock)),
    h(
      'p',
      {},
      h(
        'a',
        { href: `/#e=${resolution.entity.id}`, target: '_blank', id: 'show-in-graph' },
        'Show the entity in graph (g)',
      ),
    ),
  );
}

export function itemView(item: ShownItem, position: number, count: number): HTMLElement {
  if (item.kind === 'RESOLUTION') return resolutionView(item, position, count);
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
      h('strong', { class: `state state-${item.state.toLowerCase()}`, id: 'review-item-state' }, itemStateWord(item)),
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
