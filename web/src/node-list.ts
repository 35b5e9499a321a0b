/**
 * The nodes in view as a list of buttons, sorted by name: the keyboard's way
 * into the drawing (each opens the profile), and the place to bring back
 * hidden nodes.
 */
import type { Actions } from './actions';
import { byId, h, replaceChildren } from './dom';
import { entityButton } from './panel-parts';
import type { GraphData, Visibility } from './view-model';

export function renderNodeList(data: GraphData, shown: Visibility, hidden: readonly string[], actions: Actions): void {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const visible = [...data.nodes.values()].filter((node) => shown.nodes.has(node.id)).sort(byName);
  const hiddenNodes = hidden
    .map((id) => data.nodes.get(id))
    .filter((node) => node !== undefined)
    .sort(byName);
  byId('nodes-heading').textContent = `In view (${visible.length} nodes, ${shown.facts.size} edges)`;
  replaceChildren(
    byId('nodes-body'),
    visible.length === 0
      ? h('p', { class: 'muted' }, 'Nothing drawn yet.')
      : h(
          'ul',
          { class: 'node-list' },
          visible.map((node) => h('li', {}, entityButton(node, actions))),
        ),
    hiddenNodes.length
      ? h(
          'div',
          { class: 'hidden-nodes' },
          h('h3', {}, `Hidden (${hiddenNodes.length})`),
          h(
            'ul',
            {},
            hiddenNodes.map((node) =>
              h(
                'li',
                {},
                node.name,
                ' ',
                h('button', { type: 'button', class: 'small', onclick: () => actions.unhide(node.id) }, 'Show'),
              ),
            ),
          ),
        )
      : null,
  );
}
