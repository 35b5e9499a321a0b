/**
 * The edit form of the review page (key e): the corrected fact, whole, as
 * reviewFact's EDIT takes it: its type, its two ends (each chosen with the
 * entity search box), the properties its type has and its status, prefilled
 * from the judged fact. A modal dialog, so Tab stays in the form and Escape
 * cancels (or first closes an open list of suggestions); Enter in a property
 * field saves.
 */
import { byId, h, replaceChildren } from './dom';
import { relations, relationTypes, factStatuses, type RelationType } from '../../src/model';
import type { EntityRef } from './queries';
import type { FactEdit, ReviewFact } from './review-queries';
import { searchBox } from './search';

/** The properties a relation type has, status aside (it has a field of its own). */
function propertiesOf(type: RelationType): string[] {
  return Object.keys(relations[type].properties).filter((name) => name !== 'status');
}

/** Numbers for amounts and shares; text for the rest (the server checks each against the ontology). */
const numeric = new Set(['amount', 'stake']);

/**
 * Opens the form for a fact and resolves with the corrected fact, or null when
 * the editor cancels. Nothing is sent from here: review.ts sends the judgement.
 */
export function editFact(fact: ReviewFact): Promise<FactEdit | null> {
  const dialog = byId<HTMLDialogElement>('edit-dialog');
  const ends: { from: EntityRef; to: EntityRef } = { from: fact.from, to: fact.to };
  const values = new Map<string, string>();
  for (const name of propertiesOf(fact.type)) {
    const value = fact[name as keyof ReviewFact];
    if (value !== null && value !== undefined) values.set(name, String(value));
  }

  const type = h(
    'select',
    { id: 'edit-type' },
    relationTypes.map((name) =>
      h('option', { value: name, selected: name === fact.type }, `${name} (${relations[name].label})`),
    ),
  );
  const status = h(
    'select',
    { id: 'edit-status' },
    factStatuses.map((name) => h('option', { value: name, selected: name === fact.status }, name)),
  );
  const propertyFields = h('div', { class: 'edit-properties' });
  const endField = (end: 'from' | 'to') => {
    const input = h('input', { id: `edit-${end}`, type: 'search', value: ends[end].name });
    const chosen = h('span', { class: 'muted', id: `edit-${end}-chosen` }, `Now: ${ends[end].name}`);
    const list = h('ul', { id: `edit-${end}-list`, class: 'suggestions', hidden: true });
    searchBox({
      input,
      list,
      onPick: (entity) => {
        ends[end] = entity;
        chosen.textContent = `Now: ${entity.name} (${entity.kind})`;
      },
    });
    return h(
      'div',
      { class: 'search' },
      h('label', { for: `edit-${end}` }, end === 'from' ? 'From' : 'To'),
      input,
      list,
      chosen,
    );
  };
  const renderProperties = () => {
    for (const input of propertyFields.querySelectorAll('input')) values.set(input.name, input.value);
    const names = propertiesOf(type.value as RelationType);
    replaceChildren(
      propertyFields,
      names.length === 0
        ? h('p', { class: 'muted' }, 'This type has no properties besides its status.')
        : names.map((name) =>
            h(
              'p',
              {},
              h('label', { for: `edit-${name}` }, name),
              ' ',
              h('input', {
                id: `edit-${name}`,
                name,
                type: 'text',
                inputmode: numeric.has(name) ? 'decimal' : undefined,
                value: values.get(name) ?? '',
              }),
            ),
          ),
    );
  };
  type.addEventListener('change', renderProperties);
  renderProperties();

  const form = h(
    'form',
    { id: 'edit-form', method: 'dialog' },
    h('h2', { id: 'edit-heading' }, 'Correct the fact'),
    h('p', { id: 'edit-error', role: 'alert', hidden: true }),
    h('p', {}, h('label', { for: 'edit-type' }, 'Type'), ' ', type),
    endField('from'),
    endField('to'),
    propertyFields,
    h('p', {}, h('label', { for: 'edit-status' }, 'Status'), ' ', status),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', id: 'edit-save' }, 'Save correction'),
      h('button', { type: 'button', id: 'edit-cancel' }, 'Cancel'),
    ),
  );
  replaceChildren(dialog, form);

  return new Promise((resolve) => {
    // The dialog outlives this form: its cancel listener goes when the form is done.
    const listening = new AbortController();
    const finish = (edit: FactEdit | null) => {
      listening.abort();
      dialog.close();
      resolve(edit);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const edit: FactEdit = {
        type: type.value as RelationType,
        from: ends.from.id,
        to: ends.to.id,
        status: status.value,
      };
      for (const input of propertyFields.querySelectorAll('input')) {
        const value = input.value.trim();
        if (!value) continue;
        if (numeric.has(input.name) && !Number.isFinite(Number(value))) {
          const error = byId('edit-error');
          error.textContent = `${input.name} must be a number, such as 1500000.`;
          error.hidden = false;
          input.focus();
          return;
        }
        edit[input.name as 'amount'] = numeric.has(input.name) ? Number(value) : value;
      }
      finish(edit);
    });
    byId('edit-cancel').addEventListener('click', () => finish(null));
    // Escape while an entity search shows suggestions closes the suggestions (search.ts), not the form.
    let closingSuggestions = false;
    form.addEventListener(
      'keydown',
      (event) => {
        closingSuggestions = event.key === 'Escape' && form.querySelector('.suggestions:not([hidden])') !== null;
      },
      { capture: true },
    );
    dialog.addEventListener(
      'cancel',
      (event) => {
        event.preventDefault();
        if (closingSuggestions) closingSuggestions = false;
        else finish(null);
      },
      { signal: listening.signal },
    );
    dialog.showModal();
    type.focus();
  });
}
