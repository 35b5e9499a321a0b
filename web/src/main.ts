/**
 * The graph viewer at /: wires the search box, the drawing, the panels and the
 * exports to one view state, which lives in the URL (url-state.ts) so that a
 * copied link reopens the same view. Every request goes to /graphql on the
 * same origin; every failure becomes a message on the page.
 */
import type { Actions } from './actions';
import { ApiError, request } from './api';
import { initKeyControls, storedKey } from './api-key';
import { showFact, showFacts, showHint, showLoading, showProfile } from './details-panel';
import { addDays, dateSpan, daysBetween, type DateSpan } from './date-span';
import { byId } from './dom';
import { exportData, exportPicture } from './exports';
import { createDrawing } from './graph';
import { hideInvestors, showInvestors, showInvestorsLoading } from './investors-panel';
import { onJudgement } from './judgement-channel';
import { renderLegend } from './legend';
import { renderNodeList } from './node-list';
import { clearPathResults, initPathsPanel, showEnds, showPaths, showPathsLoading, type PathEnds } from './paths-panel';
import {
  connectionsQuery,
  entityQuery,
  entityRefQuery,
  graphViewQuery,
  investmentsQuery,
  type ConnectionsAnswer,
  type EntityAnswer,
  type EntityRef,
  type EntityRefAnswer,
  type Fact,
  type GraphViewAnswer,
  type InvestmentsAnswer,
} from './queries';
import { searchBox } from './search';
import { clearMessages, showMessage } from './status';
import { day, decodeState, emptyState, encodeState, type ViewState } from './url-state';
import {
  combine,
  counts,
  emptyData,
  fromFacts,
  fromView,
  visibility,
  visibleSubgraph,
  type GraphData,
} from './view-model';
import {
  createWatchQuery,
  deleteWatchQuery,
  watchesOf,
  watchesQuery,
  type CreateWatchAnswer,
  type WatchesAnswer,
  type WatchRef,
} from './watch-queries';

let state: ViewState = { ...emptyState };
let base: GraphData = emptyData();
let pathData: GraphData = emptyData();
let investorData: GraphData = emptyData();
const ends: PathEnds = { from: null, to: null };
let written = '';
/** The days the facts loaded for this view span (the slider's range), widened by each load; reset with the view. */
let span: DateSpan | null = null;

const drawing = createDrawing(byId('graph'), {
  onNode: (id) => actions.openNode(id),
  onFacts: (ids) => {
    const facts = current().facts;
    const tapped = ids.flatMap((id) => facts.get(id) ?? []);
    if (tapped.length === 1) actions.openFact(tapped[0]!);
    else if (tapped.length > 1) openFacts(tapped);
  },
  onExpand: (id) => actions.expand(id),
});

const current = () => combine(base, pathData, investorData);

/** A drawn edge that bundles several facts: the panel lists each; the link keeps the first. */
function openFacts(facts: Fact[]): void {
  state.selected = { type: 'fact', id: facts[0]!.id };
  drawing.select(state.selected);
  commit();
  showFacts(facts, actions);
}

/** Writes the state into the URL (and the share box) without reloading. */
function commit(): void {
  const fragment = encodeState(state);
  written = fragment;
  history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname + location.search);
  byId<HTMLInputElement>('share-link').value = location.href;
}

function failed(what: string, error: unknown): void {
  document.body.dataset.graph = 'error';
  const message = error instanceof ApiError ? error.message : String((error as Error)?.message ?? error);
  showMessage('error', `${what} failed: ${message}`);
}

async function loadView(): Promise<boolean> {
  if (state.seeds.length === 0) {
    base = emptyData();
    return true;
  }
  document.body.dataset.graph = 'loading';
  try {
    const answer = await request<GraphViewAnswer, unknown>(
      graphViewQuery(state.seeds, state.depth, state.limit, state.asOf),
    );
    base = fromView(answer.graphView);
    span = dateSpan(base.facts.values(), [span?.from ?? null, span?.to ?? null, state.asOf]);
    showAsOf();
    clearMessages('error');
    if (answer.graphView.truncated)
      showMessage(
        'warning',
        `The view was cut at ${answer.graphView.nodes.length} nodes (truncated): some neighbours are not drawn. Hide nodes, filter kinds or lower the depth to see the rest.`,
      );
    else if (answer.graphView.edges.length === 0 && state.asOf)
      showMessage('info', `No fact of this entity held on ${state.asOf}: only the entity itself is drawn.`);
    else if (answer.graphView.edges.length === 0)
      showMessage('info', 'No facts connect this entity to any other yet: only the entity itself is drawn.');
    else clearMessages('note');
    return true;
  } catch (error) {
    failed('Loading the graph', error);
    return false;
  }
}

async function render(relayout = false): Promise<void> {
  const data = current();
  const shown = visibility(data, state);
  await drawing.draw(data, shown, state.seeds, relayout);
  renderLegend(state, counts(data), (filters) => {
    state = { ...state, ...filters };
    commit();
    void render();
  });
  renderNodeList(data, shown, state.hidden, actions);
  if (state.selected) drawing.select(state.selected);
  commit();
}

async function findPaths(): Promise<void> {
  const { from, to } = ends;
  if (!from || !to) return;
  showPathsLoading();
  try {
    const answer = await request<ConnectionsAnswer, unknown>(connectionsQuery(from.id, to.id, state.asOf));
    const facts = answer.connections.flatMap((path) => path.hops.map((hop) => hop.fact));
    pathData = fromFacts(facts);
    drawing.mark('path', pathData.nodes.keys(), pathData.facts.keys());
    showPaths(answer.connections, { from, to }, actions);
    if (answer.connections.length === 0) showMessage('info', `No path between ${from.name} and ${to.name}.`);
    await render();
  } catch (error) {
    clearPathResults();
    failed('Finding paths', error);
  }
}

async function entityRef(id: string): Promise<EntityRef | null> {
  try {
    const { entity } = await request<EntityRefAnswer, unknown>(entityRefQuery(id));
    if (!entity) showMessage('error', `Loading an entity failed: no entity with id "${id}".`);
    return entity;
  } catch (error) {
    failed('Loading an entity', error);
    return null;
  }
}

const actions: Actions = {
  async openNode(id, justMade: WatchRef | null = null) {
    state.selected = { type: 'node', id };
    drawing.select(state.selected);
    commit();
    showLoading('Loading the profile…');
    try {
      const [{ entity }, watches] = await Promise.all([
        request<EntityAnswer, unknown>(entityQuery(id, state.asOf)),
        keyWatches(),
      ]);
      if (state.selected?.id !== id) return;
      if (!entity) {
        showHint();
        showMessage('error', `Loading the profile failed: no entity with id "${id}".`);
        return;
      }
      showProfile(
        entity,
        {
          inView: current().nodes.has(id),
          hidden: state.hidden.includes(id),
          asOf: state.asOf,
          watches: watches && watchesOf(watches, id),
          justMade,
        },
        actions,
      );
    } catch (error) {
      showHint();
      failed('Loading the profile', error);
    }
  },
  openFact(fact: Fact) {
    state.selected = { type: 'fact', id: fact.id };
    drawing.select(state.selected);
    commit();
    showFact(fact, actions);
  },
  async expand(id) {
    if (state.hidden.includes(id)) state.hidden = state.hidden.filter((other) => other !== id);
    if (!state.seeds.includes(id)) state.seeds = [...state.seeds, id];
    if (await loadView()) await render();
    if (state.selected?.type === 'node' && state.selected.id === id) void actions.openNode(id);
  },
  hide(id) {
    state.hidden = [...new Set([...state.hidden, id])];
    void render();
    if (state.selected?.id === id) void actions.openNode(id);
  },
  unhide(id) {
    state.hidden = state.hidden.filter((other) => other !== id);
    void render();
    if (state.selected?.id === id) void actions.openNode(id);
  },
  setPathEnd(end, entity) {
    ends[end] = entity;
    state = { ...state, pathFrom: ends.from?.id ?? null, pathTo: ends.to?.id ?? null };
    commit();
    showEnds(ends);
    if (ends.from && ends.to) void findPaths();
    else
      byId('path-from')
        .closest('section')
        ?.querySelector<HTMLElement>(ends.from ? '#path-to' : '#path-from')
        ?.focus();
  },
  async showInvestors(entity) {
    state.investorsOf = entity.id;
    commit();
    showInvestorsLoading(entity);
    try {
      const answer = await request<InvestmentsAnswer, unknown>(investmentsQuery(entity.id, state.asOf));
      const facts = answer.investments.edges.map((edge) => edge.node);
      investorData = fromFacts(facts);
      drawing.mark('investor', investorData.nodes.keys(), investorData.facts.keys());
      showInvestors(entity, facts, answer.investments.totalCount, actions);
      await render();
    } catch (error) {
      hideInvestors();
      failed('Finding investors', error);
    }
  },
  async watch(entity) {
    try {
      const { createWatch } = await request<CreateWatchAnswer, unknown>(createWatchQuery(entity.id, entity.name));
      clearMessages('error');
      if (state.selected?.type === 'node' && state.selected.id === entity.id)
        await actions.openNode(entity.id, createWatch.watch);
    } catch (error) {
      failed('Watching', error);
    }
  },
  async unwatch(entity, watchIds) {
    try {
      for (const id of watchIds) await request<unknown, unknown>(deleteWatchQuery(id));
      clearMessages('error');
      showMessage('info', `${entity.name} is no longer watched by this key.`);
      if (state.selected?.type === 'node' && state.selected.id === entity.id) await actions.openNode(entity.id);
    } catch (error) {
      failed('Stopping the watch', error);
    }
  },
};

/**
 * The kept key's watches (a watch belongs to the key that made it), or null
 * when no key is kept: the profile then offers "Watch this", which asks for one.
 * A failure here only leaves the watch state unknown; the profile still opens.
 */
async function keyWatches(): Promise<WatchRef[] | null> {
  if (storedKey() === null) return null;
  try {
    return (await request<WatchesAnswer, unknown>(watchesQuery())).watches;
  } catch {
    return null;
  }
}

/**
 * Reads the view again as of another day (or every fact, for null): the
 * drawing, the paths and investors asked for and the open profile follow; the
 * rest of the view (seeds, depth, hidden nodes, filters) stays.
 */
async function setAsOf(asOf: string | null): Promise<void> {
  state.asOf = asOf;
  showAsOf();
  commit();
  if (!(await loadView())) return;
  await render();
  if (ends.from && ends.to) await findPaths();
  const investee = state.investorsOf ? await entityRef(state.investorsOf) : null;
  if (investee) await actions.showInvestors(investee);
  const selected = state.selected;
  if (selected?.type === 'node') void actions.openNode(selected.id);
  else if (selected?.type === 'fact') {
    const fact = current().facts.get(selected.id);
    if (fact) actions.openFact(fact);
    else showHint();
  }
}

/** The date field, the slider (at the latest day when none is chosen) and the clear button show the state's day. */
function showAsOf(): void {
  byId<HTMLInputElement>('as-of').value = state.asOf ?? '';
  byId('as-of-clear').hidden = state.asOf === null;
  const range = byId<HTMLInputElement>('as-of-range');
  range.hidden = span === null || span.from === span.to;
  if (!span) return;
  const days = daysBetween(span.from, span.to);
  range.max = String(days);
  range.value = String(state.asOf ? Math.min(Math.max(daysBetween(span.from, state.asOf), 0), days) : days);
  range.dataset.from = span.from;
  range.dataset.to = span.to;
  range.setAttribute('aria-valuetext', state.asOf ?? `any date (${span.from} to ${span.to})`);
}

/**
 * Forgets what belonged to the previous view: the investors and paths asked
 * for (their highlights and the nodes they brought in), hidden nodes and the
 * selection. Called whenever the view is replaced (a new search, another
 * depth, a link opened); the legend's filters stay, as a preference.
 */
function resetViewState(): void {
  state = { ...state, hidden: [], selected: null, pathFrom: null, pathTo: null, investorsOf: null };
  span = null;
  ends.from = ends.to = null;
  pathData = emptyData();
  investorData = emptyData();
  drawing.mark('path', [], []);
  drawing.mark('investor', [], []);
  hideInvestors();
  clearPathResults();
  showEnds(ends);
}

/** A new search result: its neighbourhood replaces the view. */
async function start(entity: EntityRef): Promise<void> {
  resetViewState();
  state = { ...state, seeds: [entity.id], selected: { type: 'node', id: entity.id } };
  clearMessages();
  if (await loadView()) await render(true);
  void actions.openNode(entity.id);
}

/** Opens the view a URL describes (first load, a pasted link, back and forward). */
async function restore(fragment: string): Promise<void> {
  resetViewState();
  state = decodeState(fragment);
  byId<HTMLSelectElement>('depth').value = String(state.depth);
  showAsOf();
  if (!(await loadView())) return;
  await render(true);
  const [from, to, investee] = await Promise.all(
    [state.pathFrom, state.pathTo, state.investorsOf].map((id) => (id ? entityRef(id) : Promise.resolve(null))),
  );
  ends.from = from ?? null;
  ends.to = to ?? null;
  showEnds(ends);
  if (ends.from && ends.to) await findPaths();
  if (investee) await actions.showInvestors(investee);
  const selected = state.selected;
  if (selected?.type === 'node') void actions.openNode(selected.id);
  else if (selected?.type === 'fact') {
    const fact = current().facts.get(selected.id);
    if (fact) actions.openFact(fact);
  } else showHint();
  if (state.seeds.length === 0) document.body.dataset.graph = 'empty';
}

function wireToolbar(): void {
  searchBox({
    input: byId<HTMLInputElement>('search'),
    list: byId<HTMLUListElement>('search-list'),
    onPick: (entity) => void start(entity),
  });
  initPathsPanel(
    (end, entity) => actions.setPathEnd(end, entity),
    () => {
      ends.from = ends.to = null;
      state = { ...state, pathFrom: null, pathTo: null };
      pathData = emptyData();
      drawing.mark('path', [], []);
      clearPathResults();
      void render();
    },
  );
  byId('investors-clear').addEventListener('click', () => {
    state.investorsOf = null;
    investorData = emptyData();
    drawing.mark('investor', [], []);
    hideInvestors();
    void render();
  });
  const depth = byId<HTMLSelectElement>('depth');
  depth.addEventListener('change', async () => {
    const selected = state.selected;
    resetViewState();
    state.depth = Number(depth.value);
    if (!(await loadView())) return;
    await render(true);
    // The selected node stays selected when the new view still draws it.
    if (selected?.type === 'node' && current().nodes.has(selected.id)) void actions.openNode(selected.id);
    else showHint();
  });
  const asOf = byId<HTMLInputElement>('as-of');
  asOf.addEventListener('change', () => {
    // An empty or half-typed field means every fact; the field's own value is always YYYY-MM-DD when complete.
    const chosen = day(asOf.value);
    if (chosen !== state.asOf) void setAsOf(chosen);
  });
  // Dragging shows the day in the field; letting go reads the view as of it.
  const range = byId<HTMLInputElement>('as-of-range');
  const rangeDay = () => (span ? addDays(span.from, Number(range.value)) : null);
  range.addEventListener('input', () => {
    asOf.value = rangeDay() ?? '';
  });
  range.addEventListener('change', () => {
    const chosen = rangeDay();
    if (chosen !== state.asOf) void setAsOf(chosen);
  });
  byId('as-of-clear').addEventListener('click', () => {
    void setAsOf(null);
    asOf.focus();
  });
  byId('fit').addEventListener('click', () => drawing.fit());
  byId('copy-link').addEventListener('click', async () => {
    commit();
    const box = byId<HTMLInputElement>('share-link');
    try {
      await navigator.clipboard.writeText(box.value);
      showMessage('info', 'Link copied: it reopens this view.');
    } catch {
      box.select();
      showMessage('info', 'The link is selected in the box: press Ctrl+C (⌘C) to copy it.');
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.export!;
      const data = current();
      if (data.nodes.size === 0) {
        showMessage('info', 'Nothing to export yet: search for an entity first.');
        return;
      }
      try {
        if (format === 'png' || format === 'svg') await exportPicture(drawing, format, state.asOf);
        else
          exportData(
            visibleSubgraph(data, visibility(data, state)),
            format as 'graphml' | 'gexf' | 'cytoscape',
            state.asOf,
          );
      } catch (error) {
        failed('Export', error);
      }
    });
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search').focus();
    }
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') !== written) void restore(location.hash);
  });
}

wireToolbar();
initKeyControls();
// A judgement on the review page in another tab: the view is read again, so a rejected fact disappears at once.
onJudgement(() => {
  if (state.seeds.length > 0) void loadView().then((loaded) => (loaded ? render() : undefined));
});
void restore(location.hash);
// Asks the server at once whether reads need a key, so the key dialog opens on arrival rather than at the first search.
request<unknown, Record<string, never>>({ query: '{ __typename }', variables: {} }).catch((error: unknown) => {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') showMessage('error', error.message);
});

// For tests and the console: the Cytoscape instance and the current state, read-only by convention.
(window as unknown as { silkgraphViewer: unknown }).silkgraphViewer = { cy: drawing.cy, state: () => state };
