/**
 * The drawing: Cytoscape.js with the fcose force-directed layout. It keeps the
 * elements in step with the gathered data (adding, removing, showing and hiding
 * without moving what is already placed), lays out new parts, marks paths and
 * investors, and reports taps on nodes and edges. The page signals a finished
 * drawing with <body data-graph="drawn">.
 *
 * Labels stay readable up to ~60 nodes: the facts between two entities are one
 * drawn edge with a count (bundles.ts); edge labels appear only past a zoom
 * level (Cytoscape's min-zoomed-font-size), on hover and on selection; and an
 * edge label that would cover a node's name is left out (still shown on hover).
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { bundleFacts, type BundledFact } from './bundles';
import { highlightColour, kindLooks } from './kinds';
import { toSvg, type SvgEdge, type SvgNode } from './svg';
import type { GraphData, Visibility } from './view-model';

cytoscape.use(fcose);

export interface GraphEvents {
  onNode(id: string): void;
  /** A drawn edge was tapped: the ids of the facts it stands for (one, or several bundled). */
  onFacts(ids: string[]): void;
  onExpand(id: string): void;
}

export interface Drawing {
  readonly cy: Core;
  /** Brings the drawing in line with the data; new nodes are laid out, placed ones stay unless relayout. */
  draw(data: GraphData, shown: Visibility, seeds: readonly string[], relayout?: boolean): Promise<void>;
  /** Marks the nodes and facts of paths ('path') or of investments ('investor'); others fade while any mark is set. */
  mark(mark: 'path' | 'investor', nodes: Iterable<string>, facts: Iterable<string>): void;
  /** Selects a node, or the drawn edge a fact is bundled in. */
  select(selected: { type: 'node' | 'fact'; id: string } | null): void;
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
}

const investorColour = '#b8860b';
const edgeFontSize = 10;
/**
 * Edge labels show past 100 % zoom; below it only on hover or selection.
 * Cytoscape compares min-zoomed-font-size with the font size times the zoom
 * rounded up to a power of two (times the device pixel ratio: past 50 % on a
 * 2x screen), so twice the font size means "zoom above 1".
 */
const edgeLabelMinZoomedSize = edgeFontSize * 2;
const nodeFontSize = 12;
/**
 * The least zoom a new layout is shown at: node names at 10 px or more on
 * screen. A view too large to fit at it opens around its seeds instead (the
 * rest is a pan or a "Fit" away): at ~50 nodes, fitting everything made names ~6 px.
 */
export const readableZoom = 10 / nodeFontSize;

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 30,
      height: 30,
      'border-width': 1,
      'border-color': '#333',
      'font-size': nodeFontSize,
      'font-family': 'system-ui, sans-serif',
      color: '#1d1d1d',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
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
      'source-arrow-color': '#8a9299',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': edgeFontSize,
      'min-zoomed-font-size': edgeLabelMinZoomedSize,
      'font-family': 'system-ui, sans-serif',
      color: '#444',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge[?forward]', style: { 'target-arrow-shape': 'triangle' } },
  { selector: 'edge[?backward]', style: { 'source-arrow-shape': 'triangle' } },
  { selector: 'edge[?planned]', style: { 'line-style': 'dashed' } },
  // Left out where it would cover a node's name; the rules below bring it back on hover and selection.
  { selector: 'edge.clash', style: { label: '' } },
  {
    selector: 'edge.labelled, edge:selected',
    style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 10, color: '#1d1d1d' },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.22 } },
  { selector: 'node.investor', style: { 'border-width': 6, 'border-color': investorColour } },
  {
    selector: 'edge.investor',
    style: {
      width: 4,
      'line-color': investorColour,
      'target-arrow-color': investorColour,
      'source-arrow-color': investorColour,
      color: '#6b4e00',
    },
  },
  { selector: 'node.path', style: { 'border-width': 6, 'border-color': highlightColour } },
  {
    selector: 'edge.path',
    style: {
      width: 5,
      'line-color': highlightColour,
      'target-arrow-color': highlightColour,
      'source-arrow-color': highlightColour,
      color: highlightColour,
    },
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
  /** The drawn edge (bundle) of each fact drawn. */
  const edgeOfFact = new Map<string, string>();
  const drawnId = (id: string) => edgeOfFact.get(id) ?? id;

  cy.on('tap', 'node', (event) => events.onNode(event.target.id()));
  cy.on('tap', 'edge', (event) => events.onFacts((event.target.data('facts') as BundledFact[]).map((fact) => fact.id)));
  cy.on('dbltap', 'node', (event) => events.onExpand(event.target.id()));
  // Hovering an edge, or a node, shows the labels of the edge or of the node's edges.
  cy.on('mouseover', 'edge', (event) => event.target.addClass('labelled'));
  cy.on('mouseover', 'node', (event) => event.target.connectedEdges().addClass('labelled'));
  cy.on('mouseout', 'edge, node', () => cy.edges('.labelled').removeClass('labelled'));
  cy.on('dragfree', 'node', () => markLabelClashes(cy));

  const applyMarks = () => {
    cy.elements().removeClass('path investor faded');
    const any = marks.path.size + marks.investor.size > 0;
    for (const [mark, ids] of Object.entries(marks))
      for (const id of ids) cy.getElementById(drawnId(id)).addClass(mark);
    if (any) cy.elements().not('.path, .investor').addClass('faded');
  };

  const draw: Drawing['draw'] = async (data, shown, seeds, relayout = false) => {
    document.body.dataset.graph = 'drawing';
    // Only shown facts are bundled: a filtered relation type leaves the count and label of its pair.
    const bundles = bundleFacts([...data.facts.values()].filter((fact) => shown.facts.has(fact.id)));
    edgeOfFact.clear();
    for (const bundle of bundles) for (const fact of bundle.facts) edgeOfFact.set(fact.id, bundle.id);
    const present = new Set([...data.nodes.keys(), ...bundles.map((bundle) => bundle.id)]);
    cy.elements()
      .filter((element) => !present.has(element.id()))
      .remove();
    const added: NodeSingular[] = [];
    cy.batch(() => {
      for (const node of data.nodes.values()) {
        if (cy.getElementById(node.id).nonempty()) continue;
        added.push(cy.add({ group: 'nodes', data: { ...node } }));
      }
      for (const { id, source, target, ...rest } of bundles) {
        const edge = cy.getElementById(id);
        // The ends of a drawn edge cannot change; its facts, label and arrows can.
        if (edge.nonempty()) edge.data(rest);
        else cy.add({ group: 'edges', data: { id, source, target, ...rest } });
      }
      const seedSet = new Set(seeds);
      cy.nodes().forEach((node) => {
        node.toggleClass('seed', seedSet.has(node.id()));
        node.toggleClass('hidden', !shown.nodes.has(node.id()));
      });
    });
    applyMarks();
    const fresh = relayout || added.length === cy.nodes().length;
    if (fresh) placeOnCircle(cy.nodes());
    else placeNearNeighbours(added);
    if (added.length > 0 || relayout) await layout(cy, fresh);
    markLabelClashes(cy);
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
      if (selected) cy.getElementById(drawnId(selected.id)).select();
    },
    png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: () => svgOf(cy),
    fit: () => cy.fit(cy.elements(':visible'), 40),
  };
}

/**
 * Marks the edges whose label box overlaps a node's label box, or the label of
 * an edge before it (model coordinates, so at every zoom): their labels are
 * left out unless hovered or selected. Cytoscape places labels but does not
 * avoid collisions.
 */
function markLabelClashes(cy: Core): void {
  const labelsOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
  cy.batch(() => cy.edges().removeClass('clash'));
  const taken = cy
    .nodes(':visible')
    .map((node) => node.boundingBox(labelsOnly))
    .filter((box) => box.w > 0);
  const clashing = cy.edges(':visible').filter((edge) => {
    const box = edge.boundingBox(labelsOnly);
    if (box.w === 0) return false;
    if (taken.some((other) => overlaps(box, other))) return true;
    taken.push(box);
    return false;
  });
  cy.batch(() => clashing.addClass('clash'));
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

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
  if (cy.zoom() < readableZoom) {
    cy.zoom(readableZoom);
    cy.center(cy.nodes('.seed:visible').nonempty() ? cy.nodes('.seed:visible') : visible);
  }
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
    arrow: Boolean(edge.data('forward')),
    highlighted: edge.hasClass('path') || edge.hasClass('investor'),
    labelAt: edge.midpoint(),
  }));
  return toSvg(nodes, edges);
}
