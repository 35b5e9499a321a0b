/**
 * The review page's question before a SPLIT (key r on a fuzzy resolution): a
 * SPLIT writes the document again with the names kept apart from the entity,
 * and nothing undoes it, so the editor says so once more. A modal dialog with
 * the Split button focused: Enter confirms, Escape (or Cancel) does not.
 */
import { byId, h, replaceChildren } from './dom';
import type { ReviewResolution } from './review-queries';

/** Resolves true when the editor confirms the SPLIT, false when they cancel. */
export function confirmSplit(resolution: ReviewResolution): Promise<boolean> {
  const dialog = byId<HTMLDialogElement>('split-dialog');
  const names = resolution.writtenNames.join(', ');
  const title = resolution.document.title ?? resolution.document.id;
  const form = h(
    'form',
    { id: 'split-form', method: 'dialog' },
    h('h2', { id: 'split-heading' }, 'Split the names off the entity?'),
    h(
      'p',
      { id: 'split-help' },
      `“${names}” in “${title}” will no longer count as ${resolution.entityName}: the document is written again `,
      'with the names kept apart, and this cannot be undone.',
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', id: 'split-confirm' }, 'Split (Enter)'),
      h('button', { type: 'button', id: 'split-cancel' }, 'Cancel (Escape)'),
    ),
  );
  replaceChildren(dialog, form);
  return new Promise((resolve) => {
    const finish = (split: boolean) => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      resolve(split);
    };
    const onCancel = (event: Event) => {
      event.preventDefault();
      finish(false);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(true);
    });
    byId('split-cancel').addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    byId('split-confirm').focus();
  });
}
