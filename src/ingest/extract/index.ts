/**
 * The rule extractor, as a table of contents: mention stages (mentions/index.ts)
 * find and classify names, resolution (../resolve-article.ts) merges them, and
 * the relation rules (relations/index.ts) read each sentence for facts.
 */
export { findMentions, type TitleLink } from './mentions';
export { relationRules } from './relations';
export { referencesIn } from './relations/references';
export { packs, type LanguagePack } from '../languages';
export type { ArticleContext, Candidate } from './context';
