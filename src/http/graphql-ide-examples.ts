/**
 * The tabs GraphiQL opens on a first visit: one example per job of the service
 * (who invests in what, how two people are connected, the graph around an
 * entity), with variables naming entities of the sample corpus. Entity ids are
 * hashes of kind and folded name (src/model/ids.ts), so these ids are the same
 * on every install that ingested corpus/; the README's tour uses them too.
 * test/integration/graphql-ide.test.ts runs each tab against the sample corpus.
 */
export interface IdeTab {
  query: string;
  variables: string;
}

/** Beibut Atamkulov, Kazakhstan's ambassador to Uzbekistan (Person). */
const ambassador = 'ent_bdc1a8d834293ff3ca7ca2ef';
/** Khairullo Bozarov, khokim of the Fergana region (Person). */
const khokim = 'ent_791a86cf80be6cf9e68d0ab1';
/** Ferganaazot, a fertiliser plant (Organization). */
const plant = 'ent_4df06465df4fd416e768cd5a';

const variables = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

export const ideTabs: IdeTab[] = [
  {
    query: `# 1. Which investors back which plants: INVESTS_IN facts with amounts, stakes and sources.
# Filter by target, investor, region or country; an empty "where" lists every investment.
query WhoInvests($where: InvestmentFilter) {
  investments(where: $where, first: 20) {
    totalCount
    edges {
      node {
        from { name }
        to { name }
        amount
        currency
        stake
        date
        confidence
        sourceCount
      }
    }
  }
}
`,
    variables: variables({ where: { target: plant } }),
  },
  {
    query: `# 2. How two officials are connected: the shortest paths over facts, hop by hop,
# each fact read in its own direction. Find other ids with search(text: "…").
query HowConnected($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, first: 3) {
    length
    hops {
      fact {
        type
        from { name }
        to { name }
        date
        confidence
      }
    }
  }
}
`,
    variables: variables({ from: ambassador, to: khokim }),
  },
  {
    query: `# 3. The graph around an entity: its neighbourhood to a depth, ready to draw
# (the viewer at / draws the same view; /export/graphml?ids=… downloads it).
query Neighbourhood($ids: [ID!]!, $depth: Int) {
  graphView(ids: $ids, depth: $depth) {
    truncated
    nodes { id name kind }
    edges {
      type
      from { id }
      to { id }
      confidence
      sourceCount
    }
  }
}
`,
    variables: variables({ ids: [ambassador], depth: 1 }),
  },
];
