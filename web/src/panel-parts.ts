/** Small pieces the panels share: a link to an entity, a fact line, a quote with its source. */
import type { Actions } from './actions';
import { h } from './dom';
import { factDetails } from './fact-details';
import { kindLook } from './kinds';
import type { EntityRef, Evidence, Fact } from './queries';

export function entityButton(entity: EntityRef, actions: Actions): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link entity',
      title: `Open the profile of ${entity.name} (${entity.kind})`,
      onclick: () => actions.openNode(entity.id),
    },
    h('span', { class: 'swatch', style: `background:${kindLook(entity.kind).colour}`, 'aria-hidden': 'true' }),
    entity.name,
  );
}

/** "A met with B", with the fact's date, amount or stake, and how sure it is (factDetails). */
export function factLine(fact: Fact, actions: Actions): HTMLElement {
  return h(
    'span',
    { class: 'fact-line' },
    entityButton(fact.from, actions),
    ' ',
    h('span', { class: 'relation' }, fact.label),
    ' ',
    entityButton(fact.to, actions),
    factDetails(fact) ? h('span', { class: 'details' }, ` (${factDetails(fact)})`) : null,
  );
}

export function quote(evidence: Evidence): HTMLElement {
  const doc = evidence.document;
  const title = doc.title ?? 'untitled document';
  const source = doc.url
    ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, title)
    : h('span', { class: 'document' }, title);
  return h(
    'li',
    { class: 'evidence' },
    h('blockquote', {}, evidence.quote),
    h('p', { class: 'source' }, '— ', source, doc.publishedAt ? `, ${doc.publishedAt}` : null),
  );
}

export function confidenceText(fact: Fact): string {
  const sources = `${fact.sourceCount} source${fact.sourceCount === 1 ? '' : 's'}`;
  return `confidence ${fact.confidence.toFixed(2)}, ${sources}`;
}

/** A fact's first quote as a one-item list, or nothing when it has none. */
export function firstQuote(fact: Fact): HTMLElement | null {
  const first = fact.evidence.edges[0]?.node;
  return first ? h('ul', { class: 'quotes' }, quote(first)) : null;
}
