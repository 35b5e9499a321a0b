export { de } from './lexicon';
