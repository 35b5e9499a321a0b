import type { GraphQLResolveInfo } from 'graphql';
import { buildSchema, executeSync, parse } from 'graphql';
import { factPropertiesSelected } from '../../../src/api/resolvers/entity-shape';
import { path, rootTree, type Tree } from '../../../src/api/lookahead';

/** The look-ahead tree of `edges` in a graphView query, as the resolver sees it. */
function edgesTree(selection: string): Tree | undefined {
  const schema = buildSchema(`
    type Ref { id: ID! name: String! }
    type Evidence { quote: String! }
    type Fact { id: ID! type: String! label: String! from: Ref! to: Ref! confidence: Float status: String evidence: [Evidence!]! }
    type View { edges: [Fact!]! }
    type Query { graphView: View }
  `);
  let tree: Tree | undefined;
  executeSync({
    schema,
    document: parse(`{ graphView { edges { ${selection} } } }`),
    rootValue: {
      graphView: (_: unknown, __: unknown, info: GraphQLResolveInfo) => {
        tree = path(rootTree(info), 'edges');
        return null;
      },
    },
  });
  return tree;
}

describe('factPropertiesSelected', () => {
  it('is false when only ids, types, labels, endpoints and evidence are selected', () => {
    expect(
      factPropertiesSelected(edgesTree('__typename id type label from { id name } to { id } evidence { quote }')),
    ).toBe(false);
  });

  it.each(['confidence', 'status', '... on Fact { confidence }'])('is true when %s is selected', (field) => {
    expect(factPropertiesSelected(edgesTree(`id ${field}`))).toBe(true);
  });

  it('is false when nothing below is selected at all', () => {
    expect(factPropertiesSelected(undefined)).toBe(false);
  });
});
