export { uz } from './lexicon';
