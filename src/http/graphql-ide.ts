/**
 * GraphiQL for browsers at GET /graphql, working offline: the page and every
 * script and style it loads come from this server (React 18's and GraphiQL 3's
 * UMD builds in node_modules), never from a CDN. Anything that is not a
 * browser asking for HTML (POST, GET with ?query=, a JSON Accept header) goes
 * on to the GraphQL server mounted after this router.
 */
import { Router } from 'express';
import { dirname, join } from 'node:path';
import { ideTabs, type IdeTab } from './graphql-ide-examples';

export interface GraphqlIdeOptions {
  /** Path of the GraphQL endpoint: the page is served there, its assets under `<path>/ide/`. Default '/graphql'. */
  path?: string;
  /** The tabs open on a first visit (GraphiQL keeps later edits in localStorage). Default: the three jobs (ideTabs). */
  tabs?: IdeTab[];
}

const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/**
 * The files the page may load, by the name in their URL. A Map, not an object
 * literal: a URL name such as `__proto__` or `constructor` must find nothing.
 */
const assets = new Map<string, string>([
  ['react.production.min.js', join(packageDir('react'), 'umd', 'react.production.min.js')],
  ['react-dom.production.min.js', join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
  ['graphiql.min.js', join(packageDir('graphiql'), 'graphiql.min.js')],
  ['graphiql.min.js.map', join(packageDir('graphiql'), 'graphiql.min.js.map')],
  ['graphiql.min.css', join(packageDir('graphiql'), 'graphiql.min.css')],
  ['graphiql.min.css.map', join(packageDir('graphiql'), 'graphiql.min.css.map')],
]);

export function graphqlIde(options: GraphqlIdeOptions = {}): Router {
  const path = options.path ?? '/graphql';
  const page = renderPage(path, options.tabs ?? ideTabs);
  const router = Router();
  router.get(path, (req, res, next) => {
    res.vary('Accept');
    const wantsPage =
      req.query.query === undefined &&
      req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    res.type('html').set('Cache-Control', 'no-cache').send(page);
  });
  router.get(`${path}/ide/:file`, (req, res, next) => {
    const file = assets.get(req.params.file);
    if (file === undefined) {
      res.status(404).type('text/plain').send(`No IDE asset named ${req.params.file}`);
      return;
    }
    res.sendFile(file, { maxAge: '1h' }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}

function renderPage(path: string, tabs: IdeTab[]): string {
  const asset = (name: string) => escapeHtml(`${path}/ide/${name}`);
  const settings = JSON.stringify({ url: path, tabs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>silkgraph · GraphiQL</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script>
      const settings = ${settings};
      // GraphiQL 3 opens defaultTabs with the first tab's variables editor empty: on a first visit
      // (no saved tabs) they are handed over as well; later visits show what the user left.
      const firstVisit = localStorage.getItem('graphiql:tabState') === null;
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, {
          fetcher: GraphiQL.createFetcher({ url: settings.url }),
          defaultTabs: settings.tabs,
          variables: firstVisit ? settings.tabs[0]?.variables : undefined,
          defaultEditorToolsVisibility: true,
        }),
      );
    </script>
  </body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
