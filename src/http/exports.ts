/**
 * GET /export/{cytoscape,graphml,gexf}?ids=a,b&depth=1&relationTypes=MET_WITH&kinds=Person&limit=500&reviewed=ONLY&asOf=2024-06-01
 * The same subgraph as the graphView query, as a file for Cytoscape, yEd or Gephi.
 */
import { Router, type Request } from 'express';
import { identify, refusal, type ApiKey } from '../api/auth';
import { badInput, SilkgraphError } from '../errors';
import { graphViewRequest } from '../api/resolvers/views';
import type { Graph } from '../graph/driver';
import { readGraphView, type GraphView } from '../graph/read/graph-view';
import { reviewedFilters, type ReviewedFilter } from '../graph/read/shapes';
import {
  entityKindNames,
  relations,
  relationTypes,
  statedFactProperties,
  type EntityKind,
  type RelationType,
} from '../model';
import { exportFormatNames, exportFormats, isExportFormat, type Subgraph } from '../views';

function list(request: Request, name: string): string[] {
  const raw = request.query[name];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * A whole number written in decimal digits only: Number() would also read
 * "0x2", "1e1", " 2 " and "" (as 0), which a URL parameter should not mean.
 */
function integer(request: Request, name: string, fallback: number): number {
  const raw = request.query[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))
    throw badInput(name, `must be a whole number written in decimal digits, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** One text value (asOf, checked by graphViewRequest), or null when absent. */
function text(request: Request, name: string): string | null {
  const raw = request.query[name];
  if (raw === undefined) return null;
  if (typeof raw !== 'string') throw badInput(name, 'must be given once');
  return raw;
}

function allowed<T extends string>(name: string, values: string[], known: readonly T[]): T[] {
  for (const value of values) {
    if (!(known as readonly string[]).includes(value))
      throw badInput(name, `${JSON.stringify(value)} is not one of ${known.join(', ')}`);
  }
  return values as T[];
}

/** reviewed=ONLY or reviewed=INCLUDE (the default when absent), once. */
function reviewedParameter(request: Request): ReviewedFilter | null {
  const values = allowed<ReviewedFilter>('reviewed', list(request, 'reviewed'), reviewedFilters);
  if (values.length > 1) throw badInput('reviewed', `give one of ${reviewedFilters.join(', ')}, not several`);
  return values[0] ?? null;
}

export function toSubgraph(view: GraphView): Subgraph {
  return {
    nodes: view.nodes,
    edges: view.edges.map((fact) => ({
      id: fact.id,
      source: fact.from.id,
      target: fact.to.id,
      type: fact.type,
      label: relations[fact.type].label,
      symmetric: fact.symmetric,
      confidence: fact.confidence,
      sourceCount: fact.sourceCount,
      status: fact.status,
      properties: statedFactProperties(fact),
    })),
    truncated: view.truncated,
  };
}

export interface ExportOptions {
  graph: Graph;
  maxViewNodes: number;
  apiKeys: ApiKey[];
  readsRequireKey: boolean;
}

export function graphExports(options: ExportOptions): Router {
  const router = Router();
  router.get('/:format', async (request, response) => {
    try {
      const refused = refusal(identify(request.headers, options.apiKeys), 'read', options.readsRequireKey);
      if (refused) throw new SilkgraphError(refused.code, refused.message);
      const format = request.params.format;
      if (!isExportFormat(format))
        throw new SilkgraphError(
          'NOT_FOUND',
          `No export format ${JSON.stringify(format)}; use ${exportFormatNames.join(', ')}`,
        );
      const view = await readGraphView(
        options.graph,
        graphViewRequest(
          {
            ids: list(request, 'ids'),
            depth: integer(request, 'depth', 1),
            relationTypes: allowed<RelationType>('relationTypes', list(request, 'relationTypes'), relationTypes),
            kinds: allowed<EntityKind>('kinds', list(request, 'kinds'), entityKindNames),
            limit: request.query.limit === undefined ? null : integer(request, 'limit', 500),
            reviewed: reviewedParameter(request),
            asOf: text(request, 'asOf'),
          },
          options.maxViewNodes,
        ),
      );
      const spec = exportFormats[format];
      response
        .status(200)
        .attachment(`silkgraph-view.${spec.extension}`)
        .type(`${spec.contentType}; charset=utf-8`)
        .send(spec.render(toSubgraph(view)));
    } catch (error) {
      if (!(error instanceof SilkgraphError)) throw error;
      response
        .status(error.httpStatus)
        .json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    }
  });
  return router;
}
