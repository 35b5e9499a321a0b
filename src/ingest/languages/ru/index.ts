export { ru } from './lexicon';
