/**
 * `npm run fixtures:update`: runs the operation fixtures
 * (test/integration/operations.test.ts) with UPDATE_FIXTURES=1, which rewrites
 * every test/operations/NAME.expected.json from what the API sends and answers
 * now, formats them, and shows what changed, for review before a commit. Exits
 * with the test run's status: a fixture file that fails to load, or a root
 * field without a fixture, still fails. Plain Node, no dependency.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (command, args, env = process.env) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

const bin = (name) => join(root, 'node_modules', '.bin', name);
if (run(process.execPath, [join(__dirname, 'build-if-stale.js')]) !== 0) process.exit(1);
const status = run(bin('jest'), ['--runTestsByPath', 'test/integration/operations.test.ts'], {
  ...process.env,
  UPDATE_FIXTURES: '1',
});
run(bin('prettier'), ['--log-level', 'warn', '--write', 'test/operations']);
process.stdout.write('\nChanged operation fixtures (review with: git diff test/operations):\n');
run('git', ['status', '--short', '--', 'test/operations']);
run('git', ['diff', '--stat', '--', 'test/operations']);
process.exit(status);
