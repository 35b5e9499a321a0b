/**
 * The investors panel: who invests in a chosen plant, enterprise, zone or
 * region (the investments query), as a list with amounts, stakes and evidence;
 * the drawing highlights them (main.ts).
 */
import type { Actions } from './actions';
import { byId, h, replaceChildren } from './dom';
import { factDetails } from './fact-details';
import { confidenceText, entityButton, firstQuote } from './panel-parts';
import type { EntityRef, Fact } from './queries';

export function showInvestorsLoading(target: EntityRef): void {
  byId('investors').hidden = false;
  replaceChildren(byId('investors-body'), h('p', { class: 'muted' }, `Looking for investors in ${target.name}…`));
}

/** The investors found (the first page of them when total is larger). */
export function showInvestors(target: EntityRef, facts: Fact[], total: number, actions: Actions): void {
  byId('investors').hidden = false;
  const body = byId('investors-body');
  if (facts.length === 0) {
    replaceChildren(body, h('p', { class: 'empty', role: 'status' }, `No investor in ${target.name} is known.`));
    return;
  }
  replaceChildren(
    body,
    h(
      'p',
      { role: 'status' },
      total > facts.length
        ? `The first ${facts.length} of ${total} investors in `
        : `${facts.length} investor${facts.length === 1 ? '' : 's'} in `,
      entityButton(target, actions),
      ', highlighted in the graph:',
    ),
    h(
      'ul',
      { class: 'investors' },
      facts.map((fact) =>
        h(
          'li',
          {},
          entityButton(fact.from, actions),
          factDetails(fact) ? ` (${factDetails(fact)})` : null,
          h('span', { class: 'muted' }, ` ${confidenceText(fact)} `),
          h('button', { type: 'button', class: 'small', onclick: () => actions.openFact(fact) }, 'Evidence'),
          firstQuote(fact),
        ),
      ),
    ),
  );
}

export function hideInvestors(): void {
  byId('investors').hidden = true;
  replaceChildren(byId('investors-body'));
}
