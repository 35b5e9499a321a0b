/**
 * The drawing: Cytoscape.js with the fcose force-directed layout. It keeps the
 * elements in step with the gathered data (adding, removing, showing and hiding
 * without moving what is already placed), lays out new parts, marks paths and
 * investors, and reports taps on nodes and edges. The page signals a finished
 * drawing with <body data-graph="drawn">.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { highlightColour, kindLooks } from './kinds';
import { toSvg, type SvgEdge, type SvgNode } from './svg';
import type { GraphData, Visibility } from './view-model';

cytoscape.use(fcose);

export interface GraphEvents {
  onNode(id: string): void;
  onFact(id: string): void;
  onExpand(id: string): void;
}

export interface Drawing {
  readonly cy: Core;
  /** Brings the drawing in line with the data; new nodes are laid out, placed ones stay unless relayout. */
  draw(data: GraphData, shown: Visibility, seeds: readonly string[], relayout?: boolean): Promise<void>;
  /** Marks the elements of paths ('path') or of investments ('investor'); others fade while any mark is set. */
  mark(mark: 'path' | 'investor', nodes: Iterable<string>, facts: Iterable<string>): void;
  select(selected: { type: 'node' | 'fact'; id: string } | null): void;
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
}

const investorColour = '#b8860b';

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 30,
      height: 30,
      'border-width': 1,
      'border-color': '#333',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1d1d1d',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
    },
  },
  ...kindLooks.map((look) => ({
    selector: `node[kind = "${look.kind}"]`,
    style: {
      'background-color': look.colour,
      shape: look.shape.type,
      ...(look.shape.type === 'polygon' ? { 'shape-polygon-points': look.shape.points.join(' ') } : {}),
    },
  })),
  { selector: 'node.seed', style: { width: 42, height: 42, 'border-width': 3, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8a9299',
      'target-arrow-color': '#8a9299',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: '#555',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge[status = "planned"]', style: { 'line-style': 'dashed' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.22 } },
  { selector: 'node.investor', style: { 'border-width': 6, 'border-color': investorColour } },
  {
    selector: 'edge.investor',
    style: { width: 4, 'line-color': investorColour, 'target-arrow-color': investorColour, color: '#6b4e00' },
  },
  { selector: 'node.path', style: { 'border-width': 6, 'border-color': highlightColour } },
  {
    selector: 'edge.path',
    style: { width: 5, 'line-color': highlightColour, 'target-arrow-color': highlightColour, color: highlightColour },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#000', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { 'overlay-color': '#000', 'overlay-opacity': 0.15, 'overlay-padding': 4 } },
];

export function createDrawing(container: HTMLElement, events: GraphEvents): Drawing {
  const cy = cytoscape({
    container,
    style,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  const marks = { path: new Set<string>(), investor: new Set<string>() };

  cy.on('tap', 'node', (event) => events.onNode(event.target.id()));
  cy.on('tap', 'edge', (event) => events.onFact(event.target.id()));
  cy.on('dbltap', 'node', (event) => events.onExpand(event.target.id()));

  const applyMarks = () => {
    cy.elements().removeClass('path investor faded');
    const any = marks.path.size + marks.investor.size > 0;
    for (const [mark, ids] of Object.entries(marks)) for (const id of ids) cy.getElementById(id).addClass(mark);
    if (any) cy.elements().not('.path, .investor').addClass('faded');
  };

  const draw: Drawing['draw'] = async (data, shown, seeds, relayout = false) => {
    document.body.dataset.graph = 'drawing';
    const present = new Set([...data.nodes.keys(), ...data.facts.keys()]);
    cy.elements()
      .filter((element) => !present.has(element.id()))
      .remove();
    const added: NodeSingular[] = [];
    cy.batch(() => {
      for (const node of data.nodes.values()) {
        if (cy.getElementById(node.id).nonempty()) continue;
        added.push(cy.add({ group: 'nodes', data: { ...node } }));
      }
      for (const fact of data.facts.values()) {
        if (cy.getElementById(fact.id).nonempty()) continue;
        cy.add({
          group: 'edges',
          data: {
            id: fact.id,
            source: fact.from.id,
            target: fact.to.id,
            label: fact.label,
            type: fact.type,
            symmetric: fact.symmetric,
            status: fact.status,
          },
        });
      }
      const seedSet = new Set(seeds);
      cy.nodes().forEach((node) => {
        node.toggleClass('seed', seedSet.has(node.id()));
        node.toggleClass('hidden', !shown.nodes.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !shown.facts.has(edge.id()));
      });
    });
    applyMarks();
    const fresh = relayout || added.length === cy.nodes().length;
    if (fresh) placeOnCircle(cy.nodes());
    else placeNearNeighbours(added);
    if (added.length > 0 || relayout) await layout(cy, fresh);
    document.body.dataset.graph = 'drawn';
  };

  return {
    cy,
    draw,
    mark(mark, nodes, facts) {
      marks[mark] = new Set([...nodes, ...facts]);
      applyMarks();
    },
    select(selected) {
      cy.elements().unselect();
      if (selected) cy.getElementById(selected.id).select();
    },
    png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: () => svgOf(cy),
    fit: () => cy.fit(cy.elements(':visible'), 40),
  };
}

/** Distinct starting points, so that no edge joins two nodes on the same spot before the layout runs. */
function placeOnCircle(nodes: cytoscape.NodeCollection): void {
  const radius = 40 * Math.sqrt(nodes.length + 1);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/** A new node starts beside a placed neighbour, so that the layout only settles it. */
function placeNearNeighbours(added: NodeSingular[]): void {
  const addedIds = new Set(added.map((node) => node.id()));
  for (const node of added) {
    const anchor = node.neighborhood('node').filter((other) => !addedIds.has(other.id()))[0];
    if (!anchor) continue;
    const { x, y } = anchor.position();
    node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
  }
}

async function layout(cy: Core, fresh: boolean): Promise<void> {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0) return;
  const run = visible.layout({
    name: 'fcose',
    quality: 'default',
    randomize: fresh,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
    nodeSeparation: 90,
    numIter: 2500,
  } as cytoscape.LayoutOptions);
  const done = run.promiseOn('layoutstop');
  run.run();
  await done;
}

function svgOf(cy: Core): string {
  const visible = cy.elements(':visible');
  const nodes: SvgNode[] = visible.nodes().map((node) => ({
    ...node.position(),
    width: node.width(),
    height: node.height(),
    kind: String(node.data('kind')),
    label: String(node.data('name')),
    highlighted: node.hasClass('path') || node.hasClass('investor'),
  }));
  const edges: SvgEdge[] = visible.edges().map((edge: EdgeSingular) => ({
    points: [edge.sourceEndpoint(), ...(edge.controlPoints() ?? []), edge.targetEndpoint()],
    label: String(edge.data('label')),
    arrow: !edge.data('symmetric'),
    highlighted: edge.hasClass('path') || edge.hasClass('investor'),
    labelAt: edge.midpoint(),
  }));
  return toSvg(nodes, edges);
}
