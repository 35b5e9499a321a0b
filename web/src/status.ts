/**
 * The message line under the toolbar: what happened, said once and read out by
 * screen readers. Errors use role="alert"; notes (empty results, a truncated
 * view) a polite live region. Each message replaces the previous one of its kind.
 */
import { byId } from './dom';

export type MessageKind = 'info' | 'warning' | 'error';

export function showMessage(kind: MessageKind, text: string): void {
  const note = byId('status-note');
  const alert = byId('status-alert');
  if (kind === 'error') {
    alert.textContent = text;
    alert.hidden = false;
  } else {
    note.textContent = text;
    note.dataset.kind = kind;
    note.hidden = false;
  }
}

export function clearMessages(which: 'all' | 'note' | 'error' = 'all'): void {
  if (which !== 'error') {
    const note = byId('status-note');
    note.textContent = '';
    note.hidden = true;
  }
  if (which !== 'note') {
    const alert = byId('status-alert');
    alert.textContent = '';
    alert.hidden = true;
  }
}
