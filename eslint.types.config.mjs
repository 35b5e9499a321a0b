// Type-aware lint (`npm run lint:types`): rules that need the TypeScript program, so they run apart from
// `npm run lint`, which stays fast (this takes about two minutes on two cores). The rules catch promises
// nobody awaits, awaits of non-promises, promises passed where a callback's result is ignored, and casts
// that change nothing. web/src is not covered yet (its async event handlers need a pass of their own).
import tseslint from 'typescript-eslint';
import silkgraph from './eslint-rules/language-literals.mjs';

export default tseslint.config({
  files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
  linterOptions: { reportUnusedDisableDirectives: 'off' },
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
  },
  // silkgraph: so that the disable comments for its rule (eslint.config.mjs) resolve.
  plugins: { '@typescript-eslint': tseslint.plugin, silkgraph },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/await-thenable': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
    '@typescript-eslint/no-unnecessary-type-assertion': 'error',
  },
});
