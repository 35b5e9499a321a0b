/**
 * The subgraph every exporter test draws: people, organisations and a region;
 * a symmetric MET_WITH, an INVESTS_IN with amount, currency and stake; and text
 * that XML makes awkward (&, <, >, quotes, Cyrillic, emoji, a line break and a
 * control character, which XML cannot carry at all).
 */
import type { Subgraph, ViewEdge } from '../../../src/views/types';

export const ids = {
  akhmetova: 'ent_akhmetova',
  mueller: 'ent_mueller',
  plant: 'ent_plant',
  fund: 'ent_fund',
  region: 'ent_turkistan',
};

export const awkward = {
  person: 'Жанна "Zhanna" Ахметова',
  diplomat: "Hans Müller <Botschafter> & O'Brien 🤝",
  plant: 'Steel & Wire <Plant> "Южный" 🏭',
  title: 'Akim & "head" <of> the region\nsecond line',
  bellAlias: 'Ring\u0007Bell',
};

const fact = (over: Partial<ViewEdge> & Pick<ViewEdge, 'id' | 'source' | 'target' | 'type' | 'label'>): ViewEdge => ({
  symmetric: false,
  confidence: 0.9,
  sourceCount: 1,
  status: 'stated',
  properties: {},
  ...over,
});

export const subgraph: Subgraph = {
  truncated: true,
  nodes: [
    {
      id: ids.akhmetova,
      name: awkward.person,
      kind: 'Person',
      roles: ['Official'],
      aliases: ['Zhanna Akhmetova', 'Ж. Ахметова'],
    },
    { id: ids.mueller, name: awkward.diplomat, kind: 'Person', roles: ['Diplomat'], aliases: [awkward.bellAlias] },
    { id: ids.plant, name: awkward.plant, kind: 'Organization', roles: ['Enterprise'], aliases: [] },
    {
      id: ids.fund,
      name: "Qazaq Invest's Fund",
      kind: 'Organization',
      roles: ['Investor', 'GovernmentBody'],
      aliases: [],
    },
    { id: ids.region, name: 'Туркестанская область', kind: 'Region', roles: [], aliases: ['Turkistan Region'] },
  ],
  edges: [
    fact({
      id: 'fact_met',
      source: ids.akhmetova,
      target: ids.mueller,
      type: 'MET_WITH',
      label: 'met with',
      symmetric: true,
      confidence: 0.75,
      sourceCount: 2,
      properties: { date: '2024-05-01' },
    }),
    fact({
      id: 'fact_invests',
      source: ids.fund,
      target: ids.plant,
      type: 'INVESTS_IN',
      label: 'invests in',
      status: 'planned',
      sourceCount: 3,
      properties: { amount: 1500000000, currency: 'USD', stake: 49.5, date: '2025' },
    }),
    fact({ id: 'fact_located', source: ids.plant, target: ids.region, type: 'LOCATED_IN', label: 'is located in' }),
    fact({
      id: 'fact_governs',
      source: ids.akhmetova,
      target: ids.region,
      type: 'GOVERNS',
      label: 'governs',
      confidence: 1,
      properties: { title: awkward.title },
    }),
  ],
};

export const empty: Subgraph = { nodes: [], edges: [], truncated: false };

/** The text a control character leaves behind: XML 1.0 cannot carry it, so it is removed. */
export const withoutControls = (text: string) => text.replaceAll('\u0007', '');
