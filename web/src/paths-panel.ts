/**
 * The paths panel: pick two entities (search boxes, or "Path from/to here" in a
 * profile), and the shortest paths between them are listed hop by hop, each hop
 * with its evidence; the drawing highlights them (main.ts).
 */
import type { Actions } from './actions';
import { byId, h, replaceChildren } from './dom';
import { confidenceText, factLine, firstQuote } from './panel-parts';
import type { EntityRef, Path } from './queries';
import { searchBox } from './search';

export interface PathEnds {
  from: EntityRef | null;
  to: EntityRef | null;
}

export function initPathsPanel(onEnd: (end: 'from' | 'to', entity: EntityRef) => void, onClear: () => void) {
  const boxes = {
    from: searchBox({
      input: byId<HTMLInputElement>('path-from'),
      list: byId<HTMLUListElement>('path-from-list'),
      onPick: (e) => onEnd('from', e),
    }),
    to: searchBox({
      input: byId<HTMLInputElement>('path-to'),
      list: byId<HTMLUListElement>('path-to-list'),
      onPick: (e) => onEnd('to', e),
    }),
  };
  byId('path-clear').addEventListener('click', () => {
    boxes.from.clear();
    boxes.to.clear();
    onClear();
  });
}

export function showEnds(ends: PathEnds): void {
  byId<HTMLInputElement>('path-from').value = ends.from?.name ?? '';
  byId<HTMLInputElement>('path-to').value = ends.to?.name ?? '';
  if (!ends.from || !ends.to)
    replaceChildren(
      byId('path-results'),
      h('p', { class: 'muted' }, `Pick ${ends.from ? 'where the path ends' : 'where the path starts'}.`),
    );
}

export function showPathsLoading(): void {
  replaceChildren(byId('path-results'), h('p', { class: 'muted' }, 'Looking for paths…'));
}

export function showPaths(paths: Path[], ends: Required<{ [K in keyof PathEnds]: EntityRef }>, actions: Actions): void {
  const results = byId('path-results');
  if (paths.length === 0) {
    replaceChildren(
      results,
      h(
        'p',
        { class: 'empty', role: 'status' },
        `No path between ${ends.from.name} and ${ends.to.name} within 4 hops (countries are not crossed).`,
      ),
    );
    return;
  }
  replaceChildren(
    results,
    h(
      'p',
      { role: 'status' },
      `${paths.length} shortest path${paths.length === 1 ? '' : 's'} from ${ends.from.name} to ${ends.to.name}, highlighted in the graph:`,
    ),
    h(
      'ol',
      { class: 'paths' },
      paths.map((path, i) =>
        h(
          'li',
          { class: 'path' },
          h('h3', {}, `Path ${i + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`),
          h(
            'ol',
            { class: 'hops' },
            path.hops.map((hop) =>
              h(
                'li',
                { class: 'hop' },
                factLine(hop.fact, actions),
                h('span', { class: 'muted' }, ` ${confidenceText(hop.fact)} `),
                h('button', { type: 'button', class: 'small', onclick: () => actions.openFact(hop.fact) }, 'Evidence'),
                firstQuote(hop.fact),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function clearPathResults(): void {
  replaceChildren(byId('path-results'));
}
