/**
 * The facts of a generated world, in generation order: geography (regions in
 * countries, cities in regions), who governs what and holds which post,
 * diplomats and their countries, where organisations and events are, who
 * invests in which plant (a few investors back many plants), meetings (a few
 * officials meet everyone), visits, participation in events (a few events draw
 * most participants), agreements and trade figures. Hubs and long tails come
 * from skewed picks. Deterministic for a seed.
 */
import { relations, type RelationType } from '../../src/model';
import { seeded, skewed, uniform, pickOne, type Random } from './random';
import type { World } from './world';

export interface FactSpec {
  type: RelationType;
  from: number;
  to: number;
  properties: Record<string, string | number>;
  status: 'stated' | 'planned';
  confidence: number;
}

const day = (random: Random): string => {
  const year = 2019 + uniform(random, 7);
  const month = 1 + uniform(random, 12);
  const date = 1 + uniform(random, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

export function* generateFacts(world: World): Generator<FactSpec> {
  const random = seeded(world.seed + 1);
  const g = world.groups;
  const confidence = () => Math.round((0.6 + random() * 0.4) * 100) / 100;
  const fact = (
    type: RelationType,
    from: number,
    to: number,
    properties: Record<string, string | number> = {},
  ): FactSpec => ({
    type,
    from,
    to,
    properties,
    status: 'status' in relations[type].properties && random() < 0.1 ? 'planned' : 'stated',
    confidence: confidence(),
  });
  const skewedIn = (list: number[], skew = 3) => list[skewed(random, list.length, skew)]!;
  const any = (list: number[]) => pickOne(random, list);

  for (const r of g.regions) yield fact('PART_OF', r, skewedIn(g.countries, 2));
  for (const c of g.cities) yield fact('PART_OF', c, skewedIn(g.regions, 2));
  for (const o of [...g.plants, ...g.investors, ...g.bodies, ...g.missions])
    yield fact('LOCATED_IN', o, skewedIn(g.cities, 2));
  for (const e of g.events) yield fact('LOCATED_IN', e, skewedIn(g.cities, 2));

  const territories = [...g.regions, ...g.cities];
  for (const [i, person] of g.governors.entries()) {
    const territory = territories[i % territories.length]!;
    yield fact('GOVERNS', person, territory, { title: i < g.regions.length ? 'governor' : 'mayor' });
  }
  for (const [i, person] of g.ministers.entries()) {
    yield fact('HOLDS_POSITION', person, g.bodies[i % g.bodies.length]!, {
      title: i % 3 === 0 ? 'minister' : 'deputy minister',
    });
  }
  for (const d of g.diplomats) {
    const home = skewedIn(g.countries, 2);
    yield fact('REPRESENTS', d, home, { title: 'ambassador' });
    yield fact('ACCREDITED_TO', d, any(g.countries));
  }
  for (const m of g.missions) yield fact('REPRESENTS', m, any(g.countries));
  const companies = [...g.plants, ...g.investors];
  for (const l of g.leaders) yield fact('HOLDS_POSITION', l, any(companies), { title: 'director' });

  for (const plant of g.plants) {
    const backers = 1 + (random() < 0.5 ? 1 : 0) + (random() < 0.2 ? 1 : 0);
    for (let i = 0; i < backers; i++) {
      const investor = random() < 0.05 ? any(g.countries) : skewedIn(g.investors, 3);
      yield fact('INVESTS_IN', investor, plant, {
        amount: Math.round(1 + random() * 500) * 1_000_000,
        currency: pickOne(random, ['USD', 'EUR', 'CNY']),
        stake: Math.round(5 + random() * 90),
        date: day(random),
      });
    }
  }
  for (let i = 0; i < Math.round(g.regions.length * 0.3); i++) {
    const zone = g.regions[skewed(random, g.regions.length, 2)]!;
    yield fact('INVESTS_IN', skewedIn(g.investors, 3), zone, {
      amount: Math.round(random() * 900) * 1_000_000,
      currency: 'USD',
      date: day(random),
    });
  }

  const officials = [...g.governors, ...g.ministers, ...g.diplomats];
  const persons = [...officials, ...g.leaders];
  for (const person of persons) {
    if (random() < 0.5) {
      const other = skewedIn(officials, 4);
      if (other !== person) yield fact('MET_WITH', person, other, { date: day(random) });
    }
  }
  for (const person of [...g.ministers, ...g.diplomats])
    yield fact('VISITED', person, skewedIn(territories, 2), { date: day(random) });

  const participants = [...persons, ...g.plants, ...g.investors, ...g.bodies];
  for (let i = 0; i < Math.round(world.scale * 0.2); i++) {
    yield fact('PARTICIPATED_IN', any(participants), skewedIn(g.events, 3), {
      title: pickOne(random, ['participant', 'speaker', 'organizer']),
    });
  }
  const parties = [...g.plants, ...g.investors, ...g.bodies, ...g.regions];
  for (const agreement of g.agreements) {
    const a = skewedIn(parties, 2);
    const b = any(parties);
    if (a !== b)
      yield fact('AGREEMENT_WITH', a, b, {
        title: world.entities[agreement]!.name,
        amount: Math.round(random() * 100) * 1_000_000,
        currency: 'USD',
        date: day(random),
      });
  }
  for (let i = 0; i < g.countries.length * 3; i++) {
    const a = any(g.countries);
    const b = any(g.countries);
    if (a !== b) {
      const year = 2019 + uniform(random, 7);
      yield fact('TRADE_WITH', a, b, {
        amount: Math.round(random() * 5000) * 1_000_000,
        currency: 'USD',
        period: `${year}-01/${year}-12`,
      });
    }
  }
}
