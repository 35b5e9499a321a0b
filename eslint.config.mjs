// Lint guards the architecture (STYLE.md, CONTRIBUTING.md): the layer map
// below, and src/api never touches neo4j-driver. Import cycles are checked by
// madge (npm run lint). test/unit/lint/layers.test.ts shows a violation fails.
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

export const rowCastMessage =
  'A row is typed by its statement in src/graph/statements.ts: declare the column there instead of casting it.';

/** A relative import that climbs into one of these top-level folders (or root files) of src. */
const into = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

/**
 * The layer map: model <- ingest, graph <- api <- http <- cli (and server.ts, the composition root).
 * views renders model data for http and web; eval scores ingest; database launches Neo4j. A folder
 * imports only from layers below it. Folder names in src are unique, so the climb depth does not matter.
 * Known edge left (folder level, not a module cycle): ingest's orchestrators (ingest.ts, sample-corpus.ts,
 * reject-resolution.ts) call the graph writers, and graph reads three ingest modules — the write plan,
 * the match keys and the place hierarchy; graph may import those three and nothing else from ingest.
 */
const layers = [
  {
    folder: 'model',
    forbid: ['\\.\\./(?!model(/|$))'],
    why: 'src/model is the root of the ontology and imports nothing from the rest of src.',
  },
  {
    folder: 'views',
    forbid: [into(['api', 'cli', 'database', 'eval', 'graph', 'http', 'ingest', 'server', 'config'])],
    why: 'src/views renders model data only.',
  },
  {
    folder: 'database',
    forbid: [into(['api', 'cli', 'eval', 'graph', 'http', 'ingest', 'model', 'server', 'views'])],
    why: 'src/database launches Neo4j and knows nothing of the service.',
  },
  {
    folder: 'ingest',
    forbid: [into(['api', 'cli', 'database', 'eval', 'http', 'server', 'views'])],
    why: 'src/ingest sits below api, http and cli (model <- ingest, graph <- api <- http <- cli).',
  },
  {
    folder: 'graph',
    forbid: [
      into(['api', 'cli', 'database', 'eval', 'http', 'server', 'views']),
      '^(\\.\\./)+ingest(/(?!plan$|match-keys$|languages/shared/place-hierarchy$)|$)',
    ],
    why: 'src/graph sits below api, http and cli, and reads from ingest only its write plan, match keys and place hierarchy.',
  },
  {
    folder: 'eval',
    forbid: [into(['api', 'cli', 'database', 'graph', 'http', 'server'])],
    why: 'src/eval scores extraction without a graph or a server.',
  },
  { folder: 'api', forbid: [into(['cli', 'database', 'http', 'server'])], why: 'src/api sits below http and cli.' },
  { folder: 'http', forbid: [into(['cli', 'database', 'server'])], why: 'src/http sits below cli and server.ts.' },
];

const layerZones = [
  ...layers.map(({ folder, forbid, why }) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths:
            folder === 'api'
              ? [{ name: 'neo4j-driver', message: 'src/api talks to the graph through src/graph only.' }]
              : [],
          patterns: forbid.map((regex) => ({ regex, message: why })),
        },
      ],
    },
  })),
  {
    // The viewer shares the model's vocabulary and the views' renderers with the server, nothing else.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!(model|views)(/|$))',
              message: 'web/src imports from src only the model and the views.',
            },
          ],
        },
      ],
    },
  },
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
  ...layerZones,
  {
    // Rows are typed by the statement registry (src/graph/statements.ts). A cast of a value read from a row
    // (a member: row.page, state?.keep) or through unknown would hide a row type that disagrees with its
    // statement: declare the type in the registry instead. test/unit/lint/row-casts.test.ts shows it.
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression[expression.type=/^(MemberExpression|ChainExpression)$/]',
          message: rowCastMessage,
        },
        { selector: 'TSAsExpression[expression.type="TSAsExpression"]', message: rowCastMessage },
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
