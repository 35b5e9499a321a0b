/** search(text): names as typed, misspelt, lower-cased or cut short. */
import { searchParams } from '../../src/graph/read/search';
import { sample, type BenchOp } from './types';

const variants = [
  (name: string) => name,
  (name: string) => name.toLowerCase(),
  (name: string) => name.replace(/a/, 'o').replace(/i/, 'y'),
  (name: string) => name.split(' ')[0]!.slice(0, 5),
];

export const searchOp: BenchOp<string> = {
  name: 'search',
  description: 'search(text, first: 10) { edges { node { entity { id kind name } matched score } } }',
  inputs: async ({ world, count, seed }) =>
    sample(world.entities, count, seed).map((e, i) => variants[i % variants.length]!(e.name)),
  graphql: (text) => ({
    query:
      'query ($text: String!) { search(text: $text, first: 10) { edges { node { entity { id kind name } matched score } } } }',
    variables: { text },
  }),
  floor: {
    statement: 'read/search',
    params: (text) => searchParams(text, undefined)!,
  },
};
