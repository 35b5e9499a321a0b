/**
 * A subgraph ready to draw or export: what graphView returns and what the
 * exporters (Cytoscape JSON, GraphML, GEXF) and the browser viewer consume.
 */
export interface ViewNode {
  id: string;
  name: string;
  /** Entity kind from src/model (Person, Organization, Country, Region, City, Event, Agreement). */
  kind: string;
  roles: string[];
  aliases: string[];
}

export interface ViewEdge {
  /** The fact's id. */
  id: string;
  source: string;
  target: string;
  /** Relation type from src/model (GOVERNS, MET_WITH, ...). */
  type: string;
  /** Human label of the relation type, e.g. "met with". */
  label: string;
  symmetric: boolean;
  confidence: number;
  sourceCount: number;
  status: string;
  /** The fact's own properties (factProperties in src/model: date, amount, currency, ...), those it states. */
  properties: Record<string, string | number>;
}

export interface Subgraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** True when the view was cut at its node limit. */
  truncated: boolean;
}
