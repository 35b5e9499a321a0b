// Lint guards the architecture (STYLE.md): src/api never touches
// neo4j-driver; src/model imports nothing from the rest of src. Import cycles
// are checked by madge (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import silkgraph from './eslint-rules/language-literals.mjs';

/**
 * The extraction rules read every word of a language from its pack (src/ingest/languages/<code>/):
 * no language-code comparisons, no regex with a word in it, no string with non-ASCII letters.
 */
export const ruleFiles = [
  'src/ingest/extract/**/*.ts',
  'src/ingest/segment.ts',
  'src/ingest/dateline.ts',
  'src/ingest/resolve-article.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'neo4j-local/target/', 'web/dist/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'src/api talks to the graph through src/graph only.' }] },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../model'],
              message: 'src/model is the root of the ontology and imports nothing from the rest of src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ruleFiles,
    plugins: { silkgraph },
    rules: { 'silkgraph/language-literals': 'error' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
