/**
 * The review page at /review: an editor goes through reviewQueue one fact at
 * a time, keyboard first (j/k move, a accept, r reject, e edit, u undo the
 * last judgement, g show in graph). The page asks for the editor key on arrival
 * (api-key.ts keeps it in sessionStorage only), sends each judgement with
 * reviewFact, refreshes the reviewStats counts after each one (a polite live
 * region reads them out) and tells open graph viewers of this origin, which
 * reload their view so that a rejected fact disappears from it at once.
 */
import { ApiError, request } from './api';
import { askForKey, initKeyControls, storedKey } from './api-key';
import { byId, h, replaceChildren } from './dom';
import { judgementChannel } from './judgement-channel';
import { editFact } from './review-edit';
import { factSentence, itemView, stateWord, type ShownItem } from './review-item';
import {
  reviewFactMutation,
  reviewQueueQuery,
  reviewStatsQuery,
  reviewStates,
  undoReviewMutation,
  type FactEdit,
  type ReviewQueueAnswer,
  type ReviewResult,
  type ReviewStatsAnswer,
  type ReviewVerdict,
} from './review-queries';
import { clearMessages, showMessage } from './status';

const items: ShownItem[] = [];
let current = 0;
let queueTotal = 0;
let nextCursor: string | null = null;
/** The judgements this page made, latest last, for u. */
const judged: { judgementId: string; item: ShownItem; verdict: ReviewVerdict }[] = [];
/** True while a request for the item list or a judgement is under way: keys wait for it. */
let busy = false;

function failed(what: string, error: unknown): void {
  const message = error instanceof ApiError ? error.message : String((error as Error)?.message ?? error);
  showMessage('error', `${what} failed: ${message}`);
}

async function loadPage(): Promise<void> {
  const answer = await request<ReviewQueueAnswer, unknown>(reviewQueueQuery(nextCursor));
  const queue = answer.reviewQueue;
  if (items.length === 0) queueTotal = queue.totalCount;
  for (const { node } of queue.edges) items.push({ ...node, state: node.fact.reviewState, correction: null });
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
          'data-fact': item.fact.id,
        },
        h(
          'button',
          { type: 'button', class: 'link', tabindex: '-1', onclick: () => show(index) },
          factSentence(item.fact),
        ),
        ` · ${item.fact.confidence.toFixed(2)} · `,
        h('span', { class: 'state' }, stateWord(item.state)),
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
        'Nothing is waiting for a judgement: every fact in the queue has been judged.',
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
      showMessage('info', 'This is the last fact of the queue.');
      return;
    }
    await loadPage();
  }
  show(Math.min(next, items.length - 1));
}

/** Sends a judgement (or an undo) and shows what it left: the item's state, the counts, the viewers told. */
async function judge(item: ShownItem, verdict: ReviewVerdict, edit?: FactEdit): Promise<void> {
  const { reviewFact } = await request<{ reviewFact: ReviewResult }, unknown>(
    reviewFactMutation(item.fact.id, verdict, edit),
  );
  item.state = reviewFact.fact?.reviewState ?? reviewFact.judgement?.state ?? item.state;
  item.correction = reviewFact.correction;
  if (reviewFact.judgement) judged.push({ judgementId: reviewFact.judgement.id, item, verdict });
  judgementChannel()?.postMessage({ factId: item.fact.id });
  clearMessages('error');
  showMessage('info', `${factSentence(item.fact)}: ${stateWord(item.state)}. Press u to undo.`);
  await refreshCounts();
  // On to the next fact still waiting, or stay when none is.
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

async function edit(item: ShownItem): Promise<void> {
  const correction = await editFact(item.fact);
  if (correction) await judge(item, 'EDIT', correction);
  else byId('review-item').focus();
}

const verdicts: Record<string, ReviewVerdict> = { a: 'ACCEPT', r: 'REJECT' };

/** What each key does; the page ignores keys while a field, a dialog or a request has them. */
async function onKey(key: string): Promise<void> {
  const item = items[current];
  if (key === 'j') await move(1);
  else if (key === 'k') await move(-1);
  else if (key === 'u') await undo();
  else if (key === 'g' && item) byId<HTMLAnchorElement>('show-in-graph').click();
  else if (item && verdicts[key]) await judge(item, verdicts[key]);
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
