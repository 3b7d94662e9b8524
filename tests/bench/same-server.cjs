/**
 * The built server (server/dist) with one route more, for the throughput benchmark: `POST
 * /memory` answers, through the same Express app and middleware, the JSON body last given with
 * `PUT /memory`. The API's answer to a grid page from memory, next to the same server computing it.
 * Configured by the environment, as server/dist/main.js is.
 */
const path = require('node:path');
const server = path.resolve(__dirname, '../../server');
const express = require(require.resolve('express', { paths: [server] }));
const { startServer } = require(path.join(server, 'dist/app/create-app.js'));
const { loadConfig } = require(path.join(server, 'dist/config.js'));

let answer = '{}';

startServer(loadConfig(process.env))
  .then((running) => {
    running.app.put('/memory', express.text({ type: '*/*', limit: '12mb' }), (req, res) => {
      answer = req.body;
      res.status(204).end();
    });
    running.app.post('/memory', express.json({ limit: '12mb' }), (_req, res) => {
      res.type('application/json').send(answer);
    });
    const stop = () => running.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })
  .catch((error) => {
    console.error('[ntm] could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
