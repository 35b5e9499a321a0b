/**
 * The entities of a generated world of `scale` entities: countries, regions
 * (some of them economic zones) and cities; officials governing them,
 * ministers, diplomats and business leaders; plants, investors, government
 * bodies, embassies and chambers; events and agreements. Deterministic for a
 * seed. Facts between them come from ./facts.ts.
 */
import { entityKinds, type EntityKind, type Role } from '../../src/model';
import { foldKey } from '../../src/model/fold';
import { entityId } from '../../src/model/ids';
import type { EntityRow } from '../../src/ingest/plan';
import { seeded, uniform, word, type Random } from './random';

export interface World {
  scale: number;
  seed: number;
  entities: EntityRow[];
  /** Indexes into entities, by group. */
  groups: Record<Group, number[]>;
}

export type Group =
  | 'countries'
  | 'regions'
  | 'cities'
  | 'plants'
  | 'investors'
  | 'bodies'
  | 'missions'
  | 'events'
  | 'agreements'
  | 'governors'
  | 'ministers'
  | 'diplomats'
  | 'leaders';

const plantKinds = ['Cement Plant', 'Textile Mill', 'Steel Works', 'Chemical Plant', 'Auto Plant', 'Solar Park'];
const investorKinds = ['Holding', 'Capital', 'Group', 'Investments'];
const bodyKinds = ['Ministry', 'Agency', 'Committee', 'Administration'];

/** How many of each group a world of `scale` entities has; persons take the rest. */
function sizes(scale: number): Record<Exclude<Group, 'governors' | 'ministers' | 'diplomats' | 'leaders'>, number> {
  const share = (f: number) => Math.max(1, Math.round(scale * f));
  const orgs = share(0.35);
  return {
    countries: Math.min(60, share(0.004)),
    regions: share(0.015),
    cities: share(0.05),
    plants: Math.round(orgs * 0.5),
    investors: Math.round(orgs * 0.15),
    bodies: Math.round(orgs * 0.25),
    missions: Math.round(orgs * 0.1),
    events: share(0.05),
    agreements: share(0.03),
  };
}

export function buildWorld(scale: number, seed: number): World {
  const random = seeded(seed);
  const entities: EntityRow[] = [];
  const ids = new Set<string>();
  const groups = Object.fromEntries(
    (
      [
        'countries',
        'regions',
        'cities',
        'plants',
        'investors',
        'bodies',
        'missions',
        'events',
        'agreements',
        'governors',
        'ministers',
        'diplomats',
        'leaders',
      ] as Group[]
    ).map((g) => [g, [] as number[]]),
  ) as Record<Group, number[]>;

  const add = (group: Group, kind: EntityKind, name: string, roles: Role[], aliases: string[] = []) => {
    let key = foldKey(name);
    let id = entityId(kind, key);
    for (let n = 2; ids.has(id); n++) {
      name = `${name.replace(/ \d+$/, '')} ${n}`;
      key = foldKey(name);
      id = entityId(kind, key);
    }
    ids.add(id);
    const forms = [...new Set([name, ...aliases])];
    entities.push({
      localId: String(entities.length),
      id,
      kind,
      labels: [...entityKinds[kind].labels],
      name,
      key,
      aliases: forms.filter((a) => a !== name),
      keys: [...new Set(forms.map(foldKey))].filter(Boolean),
      roles,
    });
    groups[group].push(entities.length - 1);
  };

  const size = sizes(scale);
  for (let i = 0; i < size.countries; i++) add('countries', 'Country', `${word(i + 41, 2)}ia`, []);
  for (let i = 0; i < size.regions; i++) {
    const zone = i % 10 === 3;
    add(
      'regions',
      'Region',
      zone ? `${word(i, 2)} Free Economic Zone` : `${word(i, 2)} Region`,
      zone ? ['EconomicZone'] : [],
      zone ? [`${word(i, 2)} FEZ`] : [word(i, 2)],
    );
  }
  for (let i = 0; i < size.cities; i++) add('cities', 'City', word(i + 1600, 3), []);
  for (let i = 0; i < size.plants; i++)
    add('plants', 'Organization', `${word(i, 2)} ${plantKinds[i % plantKinds.length]}`, ['Enterprise']);
  for (let i = 0; i < size.investors; i++)
    add('investors', 'Organization', `${word(i + 77, 2)} ${investorKinds[i % investorKinds.length]}`, [
      'Investor',
      'Enterprise',
    ]);
  for (let i = 0; i < size.bodies; i++)
    add('bodies', 'Organization', `${word(i, 2)} ${bodyKinds[i % bodyKinds.length]}`, ['GovernmentBody']);
  for (let i = 0; i < size.missions; i++) {
    const embassy = i % 2 === 0;
    add('missions', 'Organization', embassy ? `Embassy of ${word(i, 2)}` : `${word(i, 2)} Chamber of Commerce`, [
      embassy ? 'Embassy' : 'BusinessAssociation',
    ]);
  }
  for (let i = 0; i < size.events; i++) add('events', 'Event', `${word(i, 2)} Business Forum ${2019 + (i % 7)}`, []);
  for (let i = 0; i < size.agreements; i++) add('agreements', 'Agreement', `${word(i, 2)} Cooperation Roadmap`, []);

  const persons = Math.max(0, scale - entities.length);
  const governors = size.regions + size.cities;
  let p = 0;
  const person = (group: Group, roles: Role[]) => {
    const first = word(p % 997, 2);
    const last = `${word(Math.floor(p / 997) + 53, 2)}ov`;
    p++;
    add(group, 'Person', `${first} ${last}`, roles, [
      `${first[0]}. ${last}`,
      spellingVariant(random, `${first} ${last}`),
    ]);
  };
  for (let i = 0; i < persons; i++) {
    if (i < governors) person('governors', ['Official']);
    else if (i < governors + size.bodies) person('ministers', ['Official']);
    else if (i < governors + size.bodies + Math.round(persons * 0.05)) person('diplomats', ['Diplomat']);
    else person('leaders', ['BusinessLeader']);
  }
  return { scale, seed, entities, groups };
}

/** A spelling a transliterating newspaper would use: o/u, i/y, a doubled consonant. */
function spellingVariant(random: Random, name: string): string {
  const swaps: [RegExp, string][] = [
    [/o/, 'u'],
    [/i/, 'y'],
    [/a/, 'o'],
    [/r/, 'rr'],
  ];
  const [pattern, replacement] = swaps[uniform(random, swaps.length)]!;
  return name.replace(pattern, replacement);
}
