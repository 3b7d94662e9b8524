import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import { makeFormatError } from '../common/format-error';
import { type Logger, createLogger } from '../common/logger';
import { type RequestContext, newRequestId } from '../common/request-context';
import type { ServerConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { Database } from '../db/database';
import { countStatements, statementsSoFar } from '../db/query-counter';
import { AuditService } from '../modules/audit/audit.service';
import { AdminUnitResolver } from '../modules/hierarchy/admin-unit.resolver';
import { seedHierarchy } from '../modules/hierarchy/hierarchy.seed';
import { HierarchyService } from '../modules/hierarchy/hierarchy.service';
import { buildApiSchema } from '../schema/build-schema';
import { graphiqlRouter } from './graphiql';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

/** Services and the resolvers that call them, wired once per server. */
export function wireServices(db: Database) {
  const audit = new AuditService();
  const hierarchy = new HierarchyService(db, audit);
  const resolvers = new Map<unknown, unknown>([[AdminUnitResolver, new AdminUnitResolver(hierarchy)]]);
  return { audit, hierarchy, resolvers };
}

/** Opens the database and brings its schema up to date (and seeds it, when it is empty). */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'seedOnStart'>, logger: Logger): Promise<Database> {
  const dataSource: DataSource = await createDataSource(config.databaseUrl, { logger });
  await dataSource.initialize();
  const db = new Database(dataSource);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (config.seedOnStart) {
      const added = await seedHierarchy(db);
      if (added > 0) logger.info(`seeded ${added} administrative units of Quảng Nam (GSO catalogue 2024-02-01)`);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return db;
}

/** Starts the whole product: API at /graphql, GraphiQL, health check, and the built client. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  const services = wireServices(db);
  const schema = await buildApiSchema({ get: (cls) => services.resolvers.get(cls) });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const n = statementsSoFar();
              if (config.exposeSqlStatementCount && n !== null) response.http.headers.set('x-sql-statements', String(n));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ok', database: db.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });
  app.use(graphiqlRouter());
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    // After the body is read: stream callbacks would not carry the request's count.
    (_req, _res, next) => countStatements(() => next()),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: newRequestId(req.headers['x-request-id']),
        actor: null,
        loaders: services.hierarchy.createLoaders(),
      }),
    }),
  );
  if (config.clientDist && fs.existsSync(path.join(config.clientDist, 'index.html'))) {
    const index = path.join(config.clientDist, 'index.html');
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app.
    app.get(/^\/(?!graphql|graphiql|healthz).*/, (req, res, next) => (req.accepts('html') ? res.sendFile(index) : next()));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('NTM plan tracker API: POST /graphql, GraphiQL at /graphiql. The client is not built (pnpm build).');
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    db,
    async close() {
      await apollo.stop();
      await db.dataSource.destroy();
    },
  };
}
