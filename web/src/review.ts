/**
 * The review page at /review: an editor goes through reviewQueue one item at
 * a time, keyboard first (j/k move, a accept, r reject, e edit, u undo the
 * last judgement, g show in graph). The page asks for the editor key on arrival
 * (api-key.ts keeps it in sessionStorage only), sends each judgement with
 * reviewFact, refreshes the reviewStats counts after each one (a polite live
 * region reads them out) and tells open graph viewers of this origin, which
 * reload their view so that a rejected fact disappears from it at once.
 * Fuzzy resolutions are items too: a confirms one, r splits it after asking
 * (reviewResolution); they have no edit and no undo, and the page says so.
 */
import { ApiError, request } from './api';
import { askForKey, initKeyControls, storedKey } from './api-key';
import { byId, h, replaceChildren } from './dom';
import { judgementChannel } from './judgement-channel';
import { editFact } from './review-edit';
import {
  factSentence,
  itemKey,
  itemSentence,
  itemStateWord,
  itemView,
  resolutionSentence,
  stateWord,
  type ShownFact,
  type ShownItem,
  type ShownResolution,
} from './review-item';
import {
  reviewFactMutation,
  reviewQueueQuery,
  reviewResolutionMutation,
  reviewStatsQuery,
  reviewStates,
  undoReviewMutation,
  type FactEdit,
  type ResolutionVerdict,
  type ReviewItem,
  type ReviewQueueAnswer,
  type ReviewResolutionResult,
  type ReviewResult,
  type ReviewStatsAnswer,
  type ReviewVerdict,
} from './review-queries';
import { confirmSplit } from './review-split';
import { clearMessages, showMessage } from './status';

const items: ShownItem[] = [];
let current = 0;
let queueTotal = 0;
let nextCursor: string | null = null;
/** The judgements this page made, latest last, for u (a resolution's has no judgement id: it cannot be undone). */
const judged: ({ judgementId: string; item: ShownFact } | { judgementId: null; item: ShownResolution })[] = [];
/** True while a request for the item list or a judgement is under way: keys wait for it. */
let busy = false;

function failed(what: string, error: unknown): void {
  const message = error instanceof ApiError ? error.message : String((error as Error)?.message ?? error);
  showMessage('error', `${what} failed: ${message}`);
}

function shownItem(node: ReviewItem): ShownItem {
  if (node.kind === 'FACT')
    return { kind: 'FACT', fact: node.fact, sentences: node.sentences, state: node.fact.reviewState, correction: null };
  return {
    kind: 'RESOLUTION',
    resolution: node.resolution,
    state: node.resolution.confirmed ? 'CONFIRMED' : 'UNREVIEWED',
  };
}

async function loadPage(): Promise<void> {
  const answer = await request<ReviewQueueAnswer, unknown>(reviewQueueQuery(nextCursor));
  const queue = answer.reviewQueue;
  if (items.length === 0) queueTotal = queue.totalCount;
  for (const { node } of queue.edges) items.push(shownItem(node));
  nextCursor = queue.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null;
}

async function refreshCounts(): Promise<void> {
  const { reviewStats } = await request<ReviewStatsAnswer, unknown>(reviewStatsQuery());
  const count = new Map(reviewStats.states.map(({ state, count }) => [state, count]));
  replaceChildren(
    byId('review-counts'),
    reviewStates.map((state) =>
      h(
        'span',
        { class: 'count', 'data-state': state },
        `${stateWord(state)}: `,
        h('strong', {}, String(count.get(state) ?? 0)),
      ),
    ),
    h('span', { class: 'count' }, `of ${reviewStats.total} facts`),
    h(
      'span',
      { class: 'count', 'data-resolutions': 'pending' },
      'resolutions waiting: ',
      h('strong', {}, String(reviewStats.resolutions.pending)),
    ),
    h(
      'span',
      { class: 'count', 'data-resolutions': 'confirmed' },
      'confirmed: ',
      h('strong', {}, String(reviewStats.resolutions.confirmed)),
    ),
  );
}

function renderList(): void {
  const list = byId('review-list');
  replaceChildren(
    list,
    items.map((item, index) =>
      h(
        'li',
        {
          class: `state-${item.state.toLowerCase()}`,
          'aria-current': index === current ? 'true' : undefined,
          [item.kind === 'FACT' ? 'data-fact' : 'data-resolution']: itemKey(item),
        },
        h('button', { type: 'button', class: 'link', tabindex: '-1', onclick: () => show(index) }, itemSentence(item)),
        item.kind === 'FACT'
          ? ` · ${item.fact.confidence.toFixed(2)} · `
          : ` · resolution, score ${item.resolution.score.toFixed(2)} · `,
        h('span', { class: 'state' }, itemStateWord(item)),
      ),
    ),
  );
  byId('review-list-heading').textContent = `Queue (${items.length} of ${queueTotal} loaded)`;
  list.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest' });
}

function show(index: number, focus = true): void {
  current = index;
  renderList();
  const body = byId('review-body');
  const item = items[current];
  if (!item) {
    replaceChildren(
      body,
      h(
        'p',
        { id: 'review-item', tabindex: '-1' },
        'Nothing is waiting for a judgement: every item in the queue has been judged.',
      ),
    );
  } else replaceChildren(body, itemView(item, current + 1, queueTotal));
  if (focus) byId('review-item').focus();
}

async function move(step: 1 | -1): Promise<void> {
  const next = current + step;
  if (next < 0) return;
  if (next >= items.length) {
    if (!nextCursor) {
      showMessage('info', 'This is the last item of the queue.');
      return;
    }
    await loadPage();
  }
  show(Math.min(next, items.length - 1));
}

/** Sends a fact's judgement and shows what it left: the item's state, the counts, the viewers told. */
async function judge(item: ShownFact, verdict: ReviewVerdict, edit?: FactEdit): Promise<void> {
  const { reviewFact } = await request<{ reviewFact: ReviewResult }, unknown>(
    reviewFactMutation(item.fact.id, verdict, edit),
  );
  item.state = reviewFact.fact?.reviewState ?? reviewFact.judgement?.state ?? item.state;
  item.correction = reviewFact.correction;
  if (reviewFact.judgement) judged.push({ judgementId: reviewFact.judgement.id, item });
  judgementChannel()?.postMessage({ factId: item.fact.id });
  clearMessages('error');
  showMessage('info', `${factSentence(item.fact)}: ${stateWord(item.state)}. Press u to undo.`);
  await refreshCounts();
  await showNextWaiting(item);
}

/**
 * Confirms or splits a fuzzy resolution (reviewResolution). A SPLIT writes the
 * document again, so it is asked about first; neither can be undone here.
 */
async function resolve(item: ShownResolution, verdict: ResolutionVerdict): Promise<void> {
  const { document, entity } = item.resolution;
  if (verdict === 'SPLIT' && !(await confirmSplit(item.resolution))) {
    showMessage('info', `Not split: ${resolutionSentence(item.resolution)} is still waiting.`);
    byId('review-item').focus();
    return;
  }
  await request<{ reviewResolution: ReviewResolutionResult }, unknown>(
    reviewResolutionMutation(document.id, entity.id, verdict),
  );
  item.state = verdict === 'CONFIRM' ? 'CONFIRMED' : 'SPLIT';
  judged.push({ judgementId: null, item });
  // A SPLIT rewrote the document's facts: open viewers draw them again.
  judgementChannel()?.postMessage({ documentId: document.id });
  clearMessages('error');
  showMessage(
    'info',
    verdict === 'CONFIRM'
      ? `${resolutionSentence(item.resolution)}: confirmed. There is no undo for a resolution.`
      : `${resolutionSentence(item.resolution)}: split; “${document.title ?? document.id}” was written again with the names kept apart.`,
  );
  await refreshCounts();
  await showNextWaiting(item);
}

/** On to the next item still waiting after the one just judged, or stay when none is. */
async function showNextWaiting(item: ShownItem): Promise<void> {
  const next = items.findIndex((other, index) => index > items.indexOf(item) && other.state === 'UNREVIEWED');
  if (next >= 0) show(next);
  else if (nextCursor) await move(1);
  else show(items.indexOf(item));
}

async function undo(): Promise<void> {
  const last = judged.pop();
  if (!last) {
    showMessage('info', 'Nothing to undo: no judgement was made on this page yet.');
    return;
  }
  if (last.judgementId === null) {
    // reviewResolution has no undo; the judgement before it (if any) is the next u's.
    showMessage(
      'info',
      `u does nothing for a resolution: ${resolutionSentence(last.item.resolution)} stays ${itemStateWord(last.item)} ` +
        '(there is no undo for a resolution).' +
        (judged.length > 0 ? ' Press u again to undo the judgement before it.' : ''),
    );
    return;
  }
  try {
    const { undoReview } = await request<{ undoReview: ReviewResult }, unknown>(undoReviewMutation(last.judgementId));
    last.item.state = undoReview.fact?.reviewState ?? undoReview.judgement?.state ?? 'UNREVIEWED';
    last.item.correction = null;
    judgementChannel()?.postMessage({ factId: last.item.fact.id });
    showMessage('info', `Undone: ${factSentence(last.item.fact)} is ${stateWord(last.item.state)} again.`);
    await refreshCounts();
    show(items.indexOf(last.item));
  } catch (error) {
    judged.push(last);
    throw error;
  }
}

async function edit(item: ShownFact): Promise<void> {
  const correction = await editFact(item.fact);
  if (correction) await judge(item, 'EDIT', correction);
  else byId('review-item').focus();
}

const verdicts: Record<string, ReviewVerdict> = { a: 'ACCEPT', r: 'REJECT' };
const resolutionVerdicts: Record<string, ResolutionVerdict> = { a: 'CONFIRM', r: 'SPLIT' };

/** What each key does; the page ignores keys while a field, a dialog or a request has them. */
async function onKey(key: string): Promise<void> {
  const item = items[current];
  if (key === 'j') await move(1);
  else if (key === 'k') await move(-1);
  else if (key === 'u') await undo();
  else if (key === 'g' && item) byId<HTMLAnchorElement>('show-in-graph').click();
  else if (item?.kind === 'RESOLUTION') {
    if (resolutionVerdicts[key]) await resolve(item, resolutionVerdicts[key]);
    else if (key === 'e')
      showMessage('info', 'e does nothing for a resolution: there is nothing to edit. a confirms it, r splits it.');
  } else if (item && verdicts[key]) await judge(item, verdicts[key]);
  else if (item && key === 'e') await edit(item);
}

function wireKeys(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, dialog') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!['j', 'k', 'a', 'r', 'e', 'u', 'g'].includes(event.key)) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    document.body.dataset.review = 'busy';
    onKey(event.key)
      .catch((error: unknown) => failed('The judgement', error))
      .finally(() => {
        busy = false;
        document.body.dataset.review = 'ready';
      });
  });
}

async function start(): Promise<void> {
  initKeyControls();
  wireKeys();
  // Judgements need the editor key: ask for it now rather than at the first key pressed.
  if (storedKey() === null) await askForKey();
  try {
    await Promise.all([loadPage(), refreshCounts()]);
    show(0);
    document.body.dataset.review = 'ready';
  } catch (error) {
    document.body.dataset.review = 'error';
    failed('Loading the review queue', error);
  }
}

void start();
