import { propertyColumns, reservedEdgeNames } from '../../../src/views/columns';
import type { ViewEdge } from '../../../src/views/types';
import { subgraph } from './fixture';

const edge = (properties: ViewEdge['properties']): ViewEdge => ({
  id: 'f',
  source: 'a',
  target: 'b',
  type: 'INVESTS_IN',
  label: 'invests in',
  symmetric: false,
  confidence: 1,
  sourceCount: 1,
  status: 'stated',
  properties,
});

const typesOf = (edges: ViewEdge[]) =>
  Object.fromEntries(propertyColumns(edges).map((column) => [column.name, column.type]));

describe('propertyColumns', () => {
  it('declares the union of property names present, in name order', () => {
    expect(propertyColumns(subgraph.edges).map((column) => column.name)).toEqual([
      'amount',
      'currency',
      'date',
      'stake',
      'title',
    ]);
  });

  it('types numeric ontology properties as double, and the rest as string', () => {
    expect(typesOf([edge({ amount: 5, stake: 10, currency: 'EUR', date: '2024' })])).toEqual({
      amount: 'double',
      stake: 'double',
      currency: 'string',
      date: 'string',
    });
  });

  it('falls back to string when a value does not fit the ontology type, so no value breaks its key', () => {
    const columns = propertyColumns([edge({ amount: 5 }), edge({ amount: 'about 5 million' })]);
    expect(columns.map((column) => column.type)).toEqual(['string']);
    expect(columns[0]?.value(edge({ amount: 5 }))).toBe('5');
  });

  it('keeps the ontology type over the values: a date written as a number is still a string', () => {
    expect(typesOf([edge({ date: 2024 })])).toEqual({ date: 'string' });
  });

  it('types a property the ontology does not know from its values', () => {
    expect(typesOf([edge({ jobs: 1200 })])).toEqual({ jobs: 'double' });
    expect(typesOf([edge({ jobs: 1200 }), edge({ jobs: 'many' })])).toEqual({ jobs: 'string' });
  });

  it("leaves out properties named like an edge's own fields", () => {
    expect(typesOf([edge({ status: 'planned', label: 'x', weight: 3, date: '2024' })])).toEqual({ date: 'string' });
    expect(reservedEdgeNames).toContain('type');
  });

  it('writes no value for a missing or non-finite number', () => {
    const [amount] = propertyColumns([edge({ amount: 5 }), edge({ amount: Number.NaN })]);
    expect(amount?.type).toBe('string'); // NaN is not a finite number
    const [stake] = propertyColumns([edge({ stake: 5 })]);
    expect(stake?.value(edge({}))).toBeUndefined();
  });
});
