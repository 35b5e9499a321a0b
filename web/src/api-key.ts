/**
 * The API key the viewer sends when the server needs one to read
 * (READS_REQUIRE_KEY). It is asked for only after the server has answered
 * UNAUTHENTICATED, kept in sessionStorage (this tab only, gone when the tab
 * closes), sent as "Authorization: Bearer <key>" (the header src/api/auth.ts
 * reads), dropped when the server refuses it, and forgotten on request.
 */
import { byId } from './dom';
import { showMessage } from './status';

const storageKey = 'silkgraph.apiKey';

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: the key lives only as long as the dialog's answer
  }
}

function keep(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, key);
  } catch {
    // Storage disabled: nothing to keep or remove.
  }
  showControls();
}

export function forgetKey(): void {
  keep(null);
}

/** The key buttons appear once the server has asked for a key (or one is kept); "Forget key" only while one is. */
let needed = false;
function showControls(): void {
  byId('key-controls').hidden = !needed && storedKey() === null;
  byId('key-forget').hidden = storedKey() === null;
}

let settle: ((key: string | null) => void) | undefined;
let asking: Promise<string | null> | undefined;

/**
 * Opens the key dialog (once, however many requests are waiting) and resolves
 * with the key entered, already kept, or null when the user cancels.
 * `problem` says why the last key failed.
 */
export function askForKey(problem?: string): Promise<string | null> {
  needed = true;
  showControls();
  const error = byId('key-error');
  if (problem !== undefined || !asking) {
    error.textContent = problem ?? '';
    error.hidden = problem === undefined;
  }
  asking ??= new Promise<string | null>((resolve) => {
    settle = resolve;
    const dialog = byId<HTMLDialogElement>('key-dialog');
    const input = byId<HTMLInputElement>('key-input');
    input.value = '';
    if (!dialog.open) dialog.showModal();
    input.focus();
  });
  return asking;
}

function finish(key: string | null): void {
  if (key !== null) keep(key);
  byId<HTMLDialogElement>('key-dialog').close();
  asking = undefined;
  settle?.(key);
  settle = undefined;
}

export function initKeyControls(): void {
  const input = byId<HTMLInputElement>('key-input');
  byId<HTMLFormElement>('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) finish(key);
    else {
      byId('key-error').textContent = 'Enter a key, or choose Cancel.';
      byId('key-error').hidden = false;
    }
  });
  byId('key-cancel').addEventListener('click', () => finish(null));
  // Escape closes a modal dialog by itself; answer the waiting requests too.
  byId('key-dialog').addEventListener('cancel', (event) => {
    event.preventDefault();
    finish(null);
  });
  byId('key-enter').addEventListener('click', () => void askForKey());
  byId('key-forget').addEventListener('click', () => {
    forgetKey();
    showMessage(
      'info',
      'The API key is forgotten in this tab; the next request will ask for one if the server needs it.',
    );
  });
  showControls();
}
