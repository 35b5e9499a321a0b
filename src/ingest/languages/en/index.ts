export { en } from './lexicon';
