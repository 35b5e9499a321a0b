/**
 * The legend, which is also the filter: one checkbox per entity kind (its
 * shape and colour, how many are gathered) and per relation type; unchecking
 * hides them from the drawing and the exports. Below it, what the highlight
 * colours and line styles mean.
 */
import { byId, h, replaceChildren } from './dom';
import { highlightColour, kindLooks, type KindLook } from './kinds';
import { relationRows } from './legend-rows';
import { shapeElement } from './svg';

export interface Filters {
  hiddenKinds: string[];
  hiddenRelations: string[];
}

export function renderLegend(
  filters: Filters,
  counts: { kinds: Map<string, number>; relations: Map<string, number> },
  onChange: (filters: Filters) => void,
): void {
  const kinds = new Set(filters.hiddenKinds);
  const types = new Set(filters.hiddenRelations);
  const toggle = (set: Set<string>, value: string, shown: boolean) => {
    if (shown) set.delete(value);
    else set.add(value);
    onChange({ hiddenKinds: [...kinds], hiddenRelations: [...types] });
  };
  const rows = relationRows(filters.hiddenRelations, counts.relations);
  replaceChildren(
    byId('legend-body'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Entity kinds'),
      kindLooks.map((look) =>
        checkbox(
          `kind-${look.kind}`,
          !kinds.has(look.kind),
          (shown) => toggle(kinds, look.kind, shown),
          swatch(look),
          look.kind,
          counts.kinds.get(look.kind) ?? 0,
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Relations'),
      rows.length === 0
        ? h('p', { class: 'muted' }, 'None drawn yet.')
        : rows.map((row) =>
            checkbox(
              `relation-${row.type}`,
              row.shown,
              (shown) => toggle(types, row.type, shown),
              null,
              row.label,
              row.count,
            ),
          ),
    ),
    h(
      'ul',
      { class: 'key' },
      h('li', {}, h('span', { class: 'line', style: `border-color:${highlightColour}` }), 'path asked for'),
      h('li', {}, h('span', { class: 'line', style: 'border-color:#b8860b' }), 'investors asked for'),
      h('li', {}, h('span', { class: 'line dashed' }), 'planned, not yet done'),
      h('li', {}, h('span', { class: 'line' }), 'arrow: direction (none when mutual)'),
    ),
  );
}

function checkbox(
  id: string,
  checked: boolean,
  onToggle: (checked: boolean) => void,
  icon: Element | null,
  text: string,
  count: number,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    id,
    checked,
    onchange: (event: Event) => onToggle((event.target as HTMLInputElement).checked),
  });
  return h(
    'div',
    { class: 'check' },
    input,
    h('label', { for: id }, icon, text, h('span', { class: 'count' }, ` ${count}`)),
  );
}

function swatch(look: KindLook): Element {
  const icon = h('span', { class: 'icon', 'aria-hidden': 'true' });
  // Fixed markup from kinds.ts only; no data from the graph goes in here.
  icon.innerHTML = `<svg viewBox="0 0 20 20" width="18" height="18">${shapeElement(look.shape, { x: 10, y: 10, width: 16, height: 16 }, `fill="${look.colour}" stroke="#333" stroke-width="1"`)}</svg>`;
  return icon;
}
