/**
 * The details panel: an entity's profile (kind, roles, aliases, facts,
 * documents, and what can be done with it, watching it included) or a fact's evidence (its quotes,
 * each with a link to its document). The panel's heading takes the focus, so
 * that keyboard and screen-reader users land on what they opened.
 */
import type { Actions } from './actions';
import { byId, h, replaceChildren } from './dom';
import { kindLook } from './kinds';
import { factDetails } from './fact-details';
import { confidenceText, entityButton, factLine, firstQuote, quote } from './panel-parts';
import type { EntityProfile, Fact } from './queries';
import type { WatchRef } from './watch-queries';

const investable = new Set(['Organization', 'Region', 'City', 'Country']);

function panel(): HTMLElement {
  return byId('details-body');
}

function focusHeading(): void {
  panel().querySelector<HTMLElement>('h3')?.focus();
}

export function showLoading(text: string): void {
  replaceChildren(panel(), h('p', { class: 'muted' }, text));
}

/** Where the profile's entity stands in the view, and which of this key's watches follow it. */
export interface ProfileContext {
  inView: boolean;
  hidden: boolean;
  /** The day the facts are read as of, or null. */
  asOf: string | null;
  /** This key's watches that name the entity alone (own) or among others (shared); null when no key is kept. */
  watches: { own: WatchRef[]; shared: WatchRef[] } | null;
  /** The watch just made from this profile, to say where its events go. */
  justMade: WatchRef | null;
}

/** "Watch this", or what follows the entity and "Stop watching". */
function watchPart(entity: EntityProfile, context: ProfileContext, actions: Actions): HTMLElement {
  const own = context.watches?.own ?? [];
  const shared = context.watches?.shared ?? [];
  const names = (watches: WatchRef[]) => watches.map((watch) => `“${watch.name}”`).join(', ');
  return h(
    'div',
    { class: 'watch', id: 'watch-status', role: 'status' },
    own.length > 0
      ? h(
          'p',
          {},
          context.justMade
            ? `Watching ${entity.name}: watch ${names(own)} (${context.justMade.id}). `
            : `Watched by this key: ${names(own)}. `,
          'New facts about it come as events over the factEvents subscription (GraphQL over WebSocket at /graphql).',
        )
      : null,
    shared.length > 0 ? h('p', { class: 'muted' }, `Also followed by ${names(shared)}, with other entities.`) : null,
    own.length > 0
      ? h(
          'button',
          {
            type: 'button',
            onclick: () =>
              actions.unwatch(
                entity,
                own.map((watch) => watch.id),
              ),
          },
          'Stop watching',
        )
      : h(
          'button',
          { type: 'button', title: 'Needs an editor API key', onclick: () => actions.watch(entity) },
          'Watch this',
        ),
  );
}

export function showProfile(entity: EntityProfile, context: ProfileContext, actions: Actions): void {
  const { inView, hidden } = context;
  const look = kindLook(entity.kind);
  const facts = entity.facts.edges.map((edge) => edge.node);
  replaceChildren(
    panel(),
    h('h3', { tabindex: '-1', id: 'details-title' }, entity.name),
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'swatch', style: `background:${look.colour}`, 'aria-hidden': 'true' }),
      entity.kind,
      entity.roles.length ? ` · ${entity.roles.join(', ')}` : null,
    ),
    entity.aliases.length
      ? h('p', { class: 'aliases' }, h('strong', {}, 'Also written: '), entity.aliases.join(' · '))
      : null,
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': `Actions for ${entity.name}` },
      h(
        'button',
        { type: 'button', onclick: () => actions.expand(entity.id) },
        inView ? 'Expand neighbours' : 'Show in graph',
      ),
      inView && !hidden ? h('button', { type: 'button', onclick: () => actions.hide(entity.id) }, 'Hide node') : null,
      hidden ? h('button', { type: 'button', onclick: () => actions.unhide(entity.id) }, 'Show node again') : null,
      h('button', { type: 'button', onclick: () => actions.setPathEnd('from', entity) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => actions.setPathEnd('to', entity) }, 'Path to here'),
      investable.has(entity.kind)
        ? h('button', { type: 'button', onclick: () => actions.showInvestors(entity) }, 'Who invests in it?')
        : null,
    ),
    watchPart(entity, context, actions),
    h(
      'h4',
      {},
      context.asOf ? `Facts as of ${context.asOf} (${entity.facts.totalCount})` : `Facts (${entity.facts.totalCount})`,
    ),
    facts.length === 0
      ? h(
          'p',
          { class: 'muted' },
          context.asOf ? `No fact about it held on ${context.asOf}.` : 'No facts are known about this entity.',
        )
      : h(
          'ul',
          { class: 'facts' },
          facts.map((fact) =>
            h(
              'li',
              {},
              factLine(fact, actions),
              ' ',
              h('button', { type: 'button', class: 'small', onclick: () => actions.openFact(fact) }, 'Evidence'),
            ),
          ),
        ),
    entity.facts.totalCount > facts.length
      ? h('p', { class: 'muted' }, `Showing the first ${facts.length} facts of ${entity.facts.totalCount}.`)
      : null,
    h('h4', {}, 'Documents'),
    entity.documents.edges.length === 0
      ? h('p', { class: 'muted' }, 'No document mentions it (added by a curator).')
      : h(
          'ul',
          { class: 'documents' },
          entity.documents.edges.map(({ node: doc }) =>
            h(
              'li',
              {},
              doc.url
                ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, doc.title ?? doc.url)
                : (doc.title ?? doc.id),
              doc.publishedAt ? `, ${doc.publishedAt}` : null,
            ),
          ),
        ),
  );
  focusHeading();
}

export function showFact(fact: Fact, actions: Actions): void {
  replaceChildren(
    panel(),
    h('h3', { tabindex: '-1', id: 'details-title' }, `${fact.from.name} ${fact.label} ${fact.to.name}`),
    h(
      'p',
      { class: 'kind' },
      fact.type,
      factDetails(fact) ? ` · ${factDetails(fact)}` : null,
      ` · ${confidenceText(fact)}`,
    ),
    h('p', { class: 'ends' }, 'From ', entityButton(fact.from, actions), ' to ', entityButton(fact.to, actions)),
    h('h4', {}, 'Evidence'),
    fact.evidence.edges.length === 0
      ? h('p', { class: 'muted' }, 'Stated by a curator, without a quote.')
      : h(
          'ul',
          { class: 'quotes' },
          fact.evidence.edges.map((edge) => quote(edge.node)),
        ),
    fact.evidence.pageInfo.hasNextPage
      ? h('p', { class: 'muted' }, `${fact.sourceCount} documents state it; the first quotes are shown.`)
      : null,
  );
  focusHeading();
}

/** The facts bundled in one drawn edge (the same two entities), each with its first quote and its evidence. */
export function showFacts(facts: Fact[], actions: Actions): void {
  const [first] = facts;
  if (!first) return;
  replaceChildren(
    panel(),
    h('h3', { tabindex: '-1', id: 'details-title' }, `${facts.length} facts: ${first.from.name} and ${first.to.name}`),
    h(
      'ul',
      { class: 'facts' },
      facts.map((fact) =>
        h(
          'li',
          {},
          factLine(fact, actions),
          h('span', { class: 'muted' }, ` ${confidenceText(fact)} `),
          h('button', { type: 'button', class: 'small', onclick: () => actions.openFact(fact) }, 'Evidence'),
          firstQuote(fact),
        ),
      ),
    ),
  );
  focusHeading();
}

export function showHint(): void {
  replaceChildren(
    panel(),
    h(
      'p',
      { class: 'muted' },
      'Search for a person, organisation or place above. Then click a node for its profile, or an edge for its evidence.',
    ),
  );
}
