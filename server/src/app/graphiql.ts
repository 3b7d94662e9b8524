import path from 'node:path';
import express, { type Router } from 'express';

/** Files GraphiQL needs, served from the installed packages: no CDN, so it works offline. */
const ASSETS: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
};

function resolveAsset(spec: string): string {
  const [pkg, ...rest] = spec.split('/');
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), ...rest);
}

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>GraphiQL · NTM</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = [
      '# Đăng nhập trước / Sign in first:',
      '#   mutation { login(username: "…", password: "…") { accessToken } }',
      '# rồi đặt vào tab Headers / then put in the Headers tab:',
      '#   { "Authorization": "Bearer <accessToken>" }',
      '',
      '{ adminUnits(level: DISTRICT) { totalCount nodes { code name } } }',
      '',
    ].join('\n');
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;

/** GraphiQL at /graphiql, for analysts exploring the API. */
export function graphiqlRouter(): Router {
  const router = express.Router();
  const files = new Map(Object.entries(ASSETS).map(([name, spec]) => [name, resolveAsset(spec)]));
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/graphiql/assets/:file', (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) return next();
    // pnpm keeps packages under node_modules/.pnpm, a dot folder send() would refuse.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' });
  });
  return router;
}
