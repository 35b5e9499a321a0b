/**
 * How the review page tells graph viewers open in other tabs of the same
 * origin that a judgement changed the graph, so that they reload their view
 * (a rejected fact disappears at once). A BroadcastChannel: nothing leaves the
 * browser. Null where the browser has none (the viewers then show the change
 * at their next load).
 */
/** The judged fact, or the document a judged resolution belongs to (a SPLIT writes it again). */
export type JudgementMessage = { factId: string } | { documentId: string };

const channelName = 'silkgraph.judgements';
let channel: BroadcastChannel | null | undefined;

export function judgementChannel(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  return channel;
}

/** Calls back on each judgement another tab made. */
export function onJudgement(callback: (message: JudgementMessage) => void): void {
  judgementChannel()?.addEventListener('message', (event: MessageEvent<JudgementMessage>) => callback(event.data));
}
