/**
 * A search box with suggestions (the ARIA combobox pattern): typing asks the
 * search query for entities in any spelling; arrow keys move through the
 * suggestions, Enter picks (the first one when none is active), Escape closes.
 * Used for the main search and for the two ends of a path.
 */
import { request } from './api';
import { h, replaceChildren } from './dom';
import { kindLook } from './kinds';
import { searchQuery, type EntityRef, type SearchAnswer, type SearchHit } from './queries';
import { showMessage } from './status';

export interface SearchBoxOptions {
  /** The input element (it gets the combobox role) and the list to fill. */
  input: HTMLInputElement;
  list: HTMLUListElement;
  onPick: (entity: EntityRef) => void;
  /** Milliseconds of quiet typing before a search is sent. */
  delay?: number;
}

export function searchBox({ input, list, onPick, delay = 180 }: SearchBoxOptions): { clear(): void } {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (text: string) => {
    if (hits.length === 0) {
      replaceChildren(list, h('li', { class: 'empty', role: 'presentation' }, `No entity matches “${text}”.`));
    } else {
      replaceChildren(
        list,
        hits.map((hit, i) =>
          h(
            'li',
            {
              id: `${list.id}-${i}`,
              role: 'option',
              'aria-selected': String(i === active),
              class: i === active ? 'active' : undefined,
              onmousedown: (event: Event) => {
                event.preventDefault();
                pick(i);
              },
            },
            h('span', { class: 'swatch', style: `background:${kindLook(hit.entity.kind).colour}` }),
            h('span', { class: 'name' }, hit.entity.name),
            h('span', { class: 'kind' }, hit.entity.kind),
            hit.matched !== hit.entity.name ? h('span', { class: 'matched' }, `as “${hit.matched}”`) : null,
          ),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const search = async (text: string) => {
    pending?.abort();
    pending = new AbortController();
    const signal = pending.signal;
    try {
      const answer = await request<SearchAnswer, unknown>(searchQuery(text), signal);
      if (signal.aborted) return;
      hits = answer.search.edges.map((edge) => edge.node);
      active = -1;
      render(text);
    } catch (error) {
      if (signal.aborted) return;
      close();
      showMessage('error', `Search failed: ${(error as Error).message}`);
    }
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onPick(hit.entity);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => void search(text), delay);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render(input.value.trim());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && hits.length > 0) pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    clear() {
      input.value = '';
      hits = [];
      close();
    },
  };
}
