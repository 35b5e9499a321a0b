/**
 * The browser graph viewer at GET / and its review page at GET /review, working
 * offline: the pages, their scripts (web/src bundled with Cytoscape.js and fcose
 * by `npm run build`, see web/build.js) and their style are served from dist/web/
 * on this server, never from a CDN. The viewer talks to /graphql on the same origin; when
 * READS_REQUIRE_KEY closes reads, it asks the user for a key (web/src/api-key.ts).
 * The site's icon (web/static/favicon.svg) is served from here too.
 */
import { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

export interface ViewerOptions {
  /** Folder of the built viewer. Default: dist/web under the project root. */
  dir?: string;
}

/** The files the page may load, by the name in their URL (under /viewer/). */
const assets = ['viewer.js', 'viewer.js.map', 'viewer.js.LEGAL.txt', 'review.js', 'review.js.map', 'viewer.css'];

/** The pages, by their path: the graph viewer and the review page (web/src/review.ts). */
const pages: Record<string, string> = { '/': 'index.html', '/review': 'review.html' };

export function graphViewer(options: ViewerOptions = {}): Router {
  const dir = options.dir ?? join(projectRoot, 'dist', 'web');
  const router = Router();
  router.get(Object.keys(pages), (req, res, next) => {
    const page = join(dir, pages[req.path]!);
    if (!existsSync(page)) {
      res
        .status(503)
        .type('text/plain')
        .send('The graph viewer is not built: run `npm run build`. The GraphQL API is at /graphql.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(page, (error) => {
      if (error) next(error);
    });
  });
  // One SVG icon for the viewer and GraphiQL, also at /favicon.ico where browsers and crawlers look unasked.
  router.get(['/favicon.svg', '/favicon.ico'], (_req, res, next) => {
    res.type('image/svg+xml').sendFile(join(dir, 'favicon.svg'), { maxAge: '1d' }, (error) => {
      if (error) next(error);
    });
  });
  router.get('/viewer/:file', (req, res, next) => {
    if (!assets.includes(req.params.file)) {
      res.status(404).type('text/plain').send(`No viewer asset named ${req.params.file}`);
      return;
    }
    res.sendFile(join(dir, req.params.file), { maxAge: 0 }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
