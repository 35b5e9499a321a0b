import { expectedOutputs, staleReason } from '../../scripts/build-if-stale';

const at = (path: string, mtimeMs: number | undefined) => ({ path, mtimeMs });

describe('build-if-stale', () => {
  it('expects a .js per .ts under src, the viewer and review bundles and each static web file', () => {
    expect(
      expectedOutputs([
        'src/a.ts',
        'src/b/c.ts',
        'src/types.d.ts',
        'src/t.json',
        'web/static/index.html',
        'package.json',
      ]),
    ).toEqual(['dist/src/a.js', 'dist/src/b/c.js', 'dist/web/viewer.js', 'dist/web/review.js', 'dist/web/index.html']);
  });

  it('is up to date when every output is at least as new as the newest source', () => {
    expect(
      staleReason(
        [at('src/a.ts', 100), at('package.json', 50)],
        [at('dist/src/a.js', 100), at('dist/web/viewer.js', 120)],
      ),
    ).toBeUndefined();
  });

  it('rebuilds when a source is newer than the oldest output', () => {
    expect(
      staleReason(
        [at('src/a.ts', 100), at('web/build.js', 130)],
        [at('dist/src/a.js', 120), at('dist/web/viewer.js', 125)],
      ),
    ).toBe('web/build.js is newer than dist/src/a.js');
  });

  it('rebuilds when an output is missing, however new the rest is', () => {
    expect(staleReason([at('src/a.ts', 1)], [at('dist/src/a.js', 10), at('dist/web/viewer.js', undefined)])).toBe(
      'dist/web/viewer.js is missing',
    );
  });
});
