/**
 * Articles for `npm run bench:ingest -- --source generated`: short English news items about the
 * entities of a generated world (./world.ts), so that, unlike the sample corpus repeated, the graph
 * grows as an archive's does: every article names investors, plants, regions, officials and
 * diplomats drawn from thousands, the popular ones often (resolution finds them in the graph), and
 * now and then a person by another spelling (resolution matches it fuzzily). Deterministic for a seed.
 * The sentences are this project's own templates.
 */
import type { ArticleInput } from '../../src/ingest/input';
import { pickOne, seeded, skewed, uniform, type Random } from './random';
import { buildWorld, type Group, type World } from './world';

/** Countries the extractor's gazetteer knows, with the adjective a dateline story uses. */
const countries = [
  ['Turkish', 'Turkey'],
  ['German', 'Germany'],
  ['Japanese', 'Japan'],
  ['Chinese', 'China'],
  ['Indian', 'India'],
  ['French', 'France'],
  ['Italian', 'Italy'],
  ['Polish', 'Poland'],
  ['Spanish', 'Spain'],
  ['Austrian', 'Austria'],
] as const;

const cities = ['Tashkent', 'Samarkand', 'Bukhara', 'Namangan', 'Andijan', 'Nukus', 'Termez', 'Khiva'];
const sectors = ['textiles', 'energy', 'agriculture', 'logistics', 'tourism', 'mining'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];

/** The world's entities a template draws from, popular ones (low indexes) more often. */
function drawer(world: World, random: Random) {
  return (group: Group, useVariant = false): string => {
    const members = world.groups[group];
    const entity = world.entities[members[skewed(random, members.length, 2)]!]!;
    // A person's second alias is a transliteration variant (world.ts); one mention in ten uses it.
    if (useVariant && entity.aliases.length > 1 && random() < 0.1) return entity.aliases[1]!;
    return entity.name;
  };
}

/** How many entities the generated world has. */
export const generatedWorldScale = 20_000;

/** `count` articles about a world of `scale` entities. */
export function generatedArticles(count: number, scale = generatedWorldScale, seed = 7): ArticleInput[] {
  const world = buildWorld(scale, seed);
  const random = seeded(seed + 1);
  const draw = drawer(world, random);
  const country = () => pickOne(random, countries);
  const templates: (() => string)[] = [
    () => {
      const [adjective] = country();
      return `The ${adjective} company ${draw('investors')} invested ${5 + uniform(random, 200)} million dollars in ${draw('plants')} in ${draw('regions')}.`;
    },
    () => {
      // The region is drawn first, as the figures in bench/README.md were made.
      const region = draw('regions');
      return `Governor ${draw('governors', true)} of ${region} met Ambassador ${draw('diplomats', true)} of ${country()[1]} in ${pickOne(random, cities)}.`;
    },
    () => {
      const investor = draw('investors');
      return `A delegation led by ${draw('leaders', true)}, chairman of ${investor}, visited ${draw('plants')}.`;
    },
    () => `${draw('regions')} and ${country()[1]} signed an agreement on cooperation in ${pickOne(random, sectors)}.`,
  ];
  return Array.from({ length: count }, (_, i) => {
    const date = `${pickOne(random, months)} ${1 + uniform(random, 28)}, 2026`;
    const sentences = Array.from({ length: 5 + uniform(random, 5) }, () => pickOne(random, templates)());
    return {
      title: `Regional bulletin ${i + 1}`,
      text: `${pickOne(random, cities).toUpperCase()}, ${date} - ${sentences.join(' ')}\n\nBulletin number ${i + 1} of the regional press office.`,
    };
  });
}
