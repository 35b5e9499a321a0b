/** The panels' short phrase for a fact: the properties it states, worded, and any other one by name. */
import { readFactProperties } from '../../../src/model';
import { factDetails } from '../../../web/src/fact-details';
import type { Fact } from '../../../web/src/queries';

const ref = (id: string) => ({ id, kind: 'Organization', name: id, roles: [] });
const fact = (extra: Partial<Fact>): Fact => ({
  id: 'fact_1',
  type: 'INVESTS_IN',
  label: 'invests in',
  symmetric: false,
  status: 'stated',
  confidence: 0.9,
  sourceCount: 1,
  ...readFactProperties({}),
  from: ref('a'),
  to: ref('b'),
  evidence: { edges: [], pageInfo: { hasNextPage: false } },
  ...extra,
});

describe('factDetails', () => {
  it('words the properties a fact states, in order, and says when it is planned', () => {
    expect(factDetails(fact({ date: '2024-02', amount: 5000000, currency: 'USD', stake: 49, status: 'planned' }))).toBe(
      '2024-02, 5,000,000 USD, 49% stake, planned',
    );
  });

  it('is empty for a fact without properties', () => {
    expect(factDetails(fact({}))).toBe('');
  });
});
