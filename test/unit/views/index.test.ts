import { exportFormatNames, exportFormats, isExportFormat, type ExportFormat } from '../../../src/views';
import { subgraph } from './fixture';
import { wellFormednessErrors } from './xml-document';

describe('exportFormats', () => {
  it('lists Cytoscape JSON, GraphML and GEXF with their content types and extensions', () => {
    const table = Object.fromEntries(
      exportFormatNames.map((name) => [name, [exportFormats[name].contentType, exportFormats[name].extension]]),
    );
    expect(table).toEqual({
      cytoscape: ['application/json', 'json'],
      graphml: ['application/graphml+xml', 'graphml'],
      gexf: ['application/gexf+xml', 'gexf'],
    });
  });

  it('tells format names apart from other strings', () => {
    expect(['gexf', 'svg', 'toString'].filter(isExportFormat)).toEqual(['gexf']);
  });

  it.each(exportFormatNames)('renders %s as a parseable document', async (name: ExportFormat) => {
    const text = exportFormats[name].render(subgraph);
    if (name === 'cytoscape') expect(() => JSON.parse(text)).not.toThrow();
    else await expect(wellFormednessErrors(text)).resolves.toEqual([]);
  });

  it('drops repeated ids and edges to nodes outside the view, the same way in every format', async () => {
    const [first] = subgraph.nodes;
    const [edge] = subgraph.edges;
    if (!first || !edge) throw new Error('fixture has nodes and edges');
    const messy = {
      ...subgraph,
      nodes: [...subgraph.nodes, { ...first, name: 'duplicate' }],
      edges: [...subgraph.edges, edge, { ...edge, id: 'fact_dangling', target: 'ent_outside' }],
    };
    const cytoscape = JSON.parse(exportFormats.cytoscape.render(messy)) as {
      elements: { nodes: unknown[]; edges: unknown[] };
    };
    expect([cytoscape.elements.nodes.length, cytoscape.elements.edges.length]).toEqual([
      subgraph.nodes.length,
      subgraph.edges.length,
    ]);
    for (const name of ['graphml', 'gexf'] as const) {
      const xml = exportFormats[name].render(messy);
      await expect(wellFormednessErrors(xml)).resolves.toEqual([]);
      expect(xml).not.toContain('duplicate');
      expect(xml).not.toContain('fact_dangling');
      expect(xml.match(/<edge /g)).toHaveLength(subgraph.edges.length);
    }
  });
});
