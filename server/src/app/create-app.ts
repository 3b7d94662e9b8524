import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { makeFormatError } from '../common/format-error';
import { type Logger, createLogger } from '../common/logger';
import { type RequestContext, newRequestId } from '../common/request-context';
import type { ServerConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { Database } from '../db/database';
import { countStatements, statementsSoFar } from '../db/query-counter';
import { oneProcessAtATime } from '../db/startup-lock';
import { createAccessLoaders } from '../modules/access/access.loaders';
import { AuthResolver } from '../modules/access/auth.resolver';
import { type AuthSettings, AuthService } from '../modules/access/auth.service';
import { RoleAssignmentResolver, UserResolver } from '../modules/access/user.resolver';
import { UserService } from '../modules/access/user.service';
import { AuditLogService } from '../modules/audit/audit-log.service';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuditService } from '../modules/audit/audit.service';
import { BatchWriter } from '../db/batch-writer';
import { CriteriaResolver } from '../modules/criteria/criteria.resolver';
import { CriteriaService } from '../modules/criteria/criteria.service';
import { EvaluationService } from '../modules/criteria/evaluation.service';
import { DeadlineRuleResolver, PlanResolver } from '../modules/plan/plan.resolver';
import { PlanService } from '../modules/plan/plan.service';
import { DistrictGoalProgressResolver, ProgressResolver } from '../modules/targets/progress.resolver';
import { ProgressService } from '../modules/targets/progress.service';
import { RecognitionResolver, TargetResolver } from '../modules/targets/targets.resolver';
import { DossierService } from '../modules/targets/dossier.service';
import { RecognitionService } from '../modules/targets/recognition.service';
import { TargetReadService } from '../modules/targets/target-read.service';
import { TargetService } from '../modules/targets/target.service';
import { ImportProgressRegistry } from '../modules/import/import-progress';
import { ImportResolver } from '../modules/import/import.resolver';
import { ImportService } from '../modules/import/import.service';
import { AdminUnitBatch } from '../modules/hierarchy/admin-unit.batch';
import { AdminUnitResolver } from '../modules/hierarchy/admin-unit.resolver';
import { HierarchyChangeResolver, UnitStateResolver } from '../modules/hierarchy/hierarchy-change.resolver';
import { HierarchyChangeService } from '../modules/hierarchy/hierarchy-change.service';
import { seedHierarchy } from '../modules/hierarchy/hierarchy.seed';
import { seedPlan } from '../modules/plan/plan.seed';
import { seedPlanMoney } from '../modules/money/money.seed';
import { HierarchyService } from '../modules/hierarchy/hierarchy.service';
import { databaseUnavailableError, isDatabaseUnavailable } from '../db/unavailable';
import {
  AllocationResolver,
  BudgetResolver,
  ChildBudgetResolver,
  ReallocationResolver,
  SupportShortfallResolver,
} from '../modules/money/money.resolver';
import { AllocationService } from '../modules/money/allocation.service';
import { DisbursementService } from '../modules/money/disbursement.service';
import { MoneyReadService } from '../modules/money/money-read.service';
import { MoneyWatchService } from '../modules/money/money-watch.service';
import { ProjectResolver } from '../modules/money/project.resolver';
import { ProjectService } from '../modules/money/project.service';
import { ReallocationService } from '../modules/money/reallocation.service';
import { GoodModelResolver, IndicatorResolver, OcopProductResolver } from '../modules/indicators/indicators.resolver';
import { GoodModelService } from '../modules/indicators/good-model.service';
import { IndicatorService } from '../modules/indicators/indicators.service';
import { OcopService } from '../modules/indicators/ocop.service';
import { seedIndicators } from '../modules/indicators/indicators.seed';
import { MonthlyReportResolver } from '../modules/reports/monthly-report.resolver';
import { MonthlyReportService } from '../modules/reports/monthly-report.service';
import { createMoneyLoaders } from '../modules/money/money.loaders';
import { createSubmissionLoaders } from '../modules/submissions/submission.loaders';
import { SubmissionResolver } from '../modules/submissions/submission.resolver';
import { SubmissionService } from '../modules/submissions/submission.service';
import { buildApiSchema } from '../schema/build-schema';
import { graphiqlRouter } from './graphiql';
import { operationLimits } from './operation-limits';

/**
 * Largest request body: an import carries its file (at most 8 MB, base64) in the request. Larger
 * bodies are refused with 413 before anything is parsed.
 */
const JSON_BODY_LIMIT = '12mb';

export interface RunningServer {
  url: string;
  port: number;
  /** The Express app, for a host that adds routes of its own. */
  app: express.Express;
  db: Database;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

/** Services and the resolvers that call them, wired once per server. */
export function wireServices(db: Database, authSettings: AuthSettings, logger: Logger) {
  const audit = new AuditService();
  const auth = new AuthService(db, audit, authSettings, logger);
  const submissions = new SubmissionService(db, audit);
  const batch = new BatchWriter(db, audit);
  const unitBatch = new AdminUnitBatch(batch);
  const hierarchy = new HierarchyService(db, unitBatch);
  const hierarchyChanges = new HierarchyChangeService(db, audit);
  const imports = new ImportService(
    db,
    audit,
    new ImportProgressRegistry(db, Date.now, (error) => logger.error('import progress not recorded', error)),
    unitBatch,
  );
  const plans = new PlanService(db, batch);
  const criteria = new CriteriaService(db, batch);
  const evaluations = new EvaluationService(db, batch, criteria);
  const targetReads = new TargetReadService(db, plans);
  const targets = new TargetService(batch, plans, targetReads);
  const dossiers = new DossierService(batch, plans, audit, targetReads);
  const recognitions = new RecognitionService(batch);
  const progress = new ProgressService(db, plans, targetReads, criteria, evaluations);
  const moneyReads = new MoneyReadService(db, plans);
  const moneyWatch = new MoneyWatchService(db, plans);
  const allocations = new AllocationService(batch);
  const projects = new ProjectService(batch);
  const disbursements = new DisbursementService(batch);
  const reallocations = new ReallocationService(batch, allocations);
  const indicators = new IndicatorService(db, batch, plans);
  const ocop = new OcopService(db, batch, plans);
  const goodModels = new GoodModelService(db, batch, plans);
  const reports = new MonthlyReportService(db, audit, plans, targetReads, moneyReads, indicators);
  const users = new UserService(db, audit, auth);
  const auditLog = new AuditLogService(db);
  const resolvers = new Map<unknown, unknown>([
    [AdminUnitResolver, new AdminUnitResolver(hierarchy, unitBatch)],
    [HierarchyChangeResolver, new HierarchyChangeResolver(hierarchyChanges)],
    [UnitStateResolver, new UnitStateResolver()],
    [AuthResolver, new AuthResolver(auth)],
    [UserResolver, new UserResolver(users)],
    [RoleAssignmentResolver, new RoleAssignmentResolver()],
    [AuditResolver, new AuditResolver(auditLog)],
    [SubmissionResolver, new SubmissionResolver(submissions)],
    [ImportResolver, new ImportResolver(imports)],
    [PlanResolver, new PlanResolver(plans)],
    [DeadlineRuleResolver, new DeadlineRuleResolver()],
    [CriteriaResolver, new CriteriaResolver(criteria, evaluations)],
    [TargetResolver, new TargetResolver(targetReads, targets, dossiers)],
    [RecognitionResolver, new RecognitionResolver(targetReads, recognitions)],
    [ProgressResolver, new ProgressResolver(progress, plans)],
    [DistrictGoalProgressResolver, new DistrictGoalProgressResolver()],
    [AllocationResolver, new AllocationResolver(moneyReads, allocations)],
    [ProjectResolver, new ProjectResolver(moneyReads, projects, disbursements)],
    [BudgetResolver, new BudgetResolver(moneyReads, moneyWatch, reallocations)],
    [ChildBudgetResolver, new ChildBudgetResolver()],
    [SupportShortfallResolver, new SupportShortfallResolver()],
    [ReallocationResolver, new ReallocationResolver()],
    [IndicatorResolver, new IndicatorResolver(indicators, ocop, goodModels)],
    [OcopProductResolver, new OcopProductResolver()],
    [GoodModelResolver, new GoodModelResolver()],
    [MonthlyReportResolver, new MonthlyReportResolver(reports, plans, targetReads, moneyReads, indicators)],
  ]);
  return { audit, auth, hierarchy, unitBatch, users, submissions, resolvers };
}

/** A fresh context for one request: who asks (from the bearer token) and per-request loaders. */
async function createContext(
  services: ReturnType<typeof wireServices>,
  db: Database,
  req: express.Request,
): Promise<RequestContext> {
  let signedIn;
  try {
    signedIn = await services.auth.authenticate(req.headers.authorization);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw databaseUnavailableError();
    throw error;
  }
  const { user, failure } = signedIn;
  return {
    requestId: newRequestId(req.headers['x-request-id']),
    user,
    authFailure: failure,
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    loaders: {
      ...services.hierarchy.createLoaders(),
      ...createAccessLoaders(db.manager),
      ...createSubmissionLoaders(db.manager),
      ...createMoneyLoaders(db.manager),
    },
  };
}

/** Opens the database and brings its schema up to date (and seeds it, when it is empty). */
export async function openDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'seedOnStart'> & Partial<Pick<ServerConfig, 'insertIds'>>,
  logger: Logger,
): Promise<Database> {
  const dataSource: DataSource = await createDataSource(config.databaseUrl, { logger });
  await dataSource.initialize();
  const db = new Database(dataSource);
  try {
    await db.learnInsertIds(config.insertIds ?? 'auto');
    // Processes started together take turns: the first migrates and seeds, the others find it done.
    await oneProcessAtATime(dataSource, async () => {
      await dataSource.runMigrations({ transaction: 'each' });
      if (config.seedOnStart) {
        const added = await seedHierarchy(db);
        if (added > 0) logger.info(`seeded ${added} administrative units of Quảng Nam (GSO catalogue 2024-02-01)`);
        const targets = await seedPlan(db);
        if (targets > 0) logger.info(`seeded the plan 2024-2025 with ${targets} named targets`);
        const money = await seedPlanMoney(db);
        if (money > 0) logger.info(`seeded ${money} allocations, checkpoints and support norms of the plan`);
        const indicators = await seedIndicators(db);
        if (indicators > 0) logger.info(`seeded ${indicators} indicators of the plan`);
      }
    });
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
  const services = wireServices(db, config, logger);
  // The token secret and the first admin are made once, whichever process starts first.
  await oneProcessAtATime(db.dataSource, async () => {
    await services.auth.init();
    await services.auth.ensureAdmin(config.adminPassword);
  });
  const schema = await buildApiSchema({ get: (cls) => services.resolvers.get(cls) });

  const app = express();
  // Grids answer hundreds of kilobytes of JSON and the client is a few megabytes of JavaScript;
  // communes are on slow links. Compressed when the browser asks for it.
  app.use(compression());
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of answers (they are per user and change with every save): the default
      // cache-control plugin would only cost a hook on every field of every row.
      ApolloServerPluginCacheControlDisabled(),
      operationLimits(schema),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const n = statementsSoFar();
              if (config.exposeSqlStatementCount && n !== null)
                response.http.headers.set('x-sql-statements', String(n));
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
    express.json({ limit: JSON_BODY_LIMIT }),
    // After the body is read: stream callbacks would not carry the request's count. Only when
    // asked for (tests, benchmarks): the async context it needs costs every promise a hook.
    (_req, _res, next) => (config.exposeSqlStatementCount ? countStatements(() => next()) : next()),
    expressMiddleware(apollo, {
      context: ({ req }) => createContext(services, db, req),
    }),
  );
  // A body refused before GraphQL sees it (too large, not JSON) still gets a GraphQL-shaped answer.
  app.use(
    '/graphql',
    (
      error: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error?.status || error.status < 400 || error.status >= 500) return next(error);
      const tooLarge = error.type === 'entity.too.large';
      res.status(error.status).json({
        errors: [
          {
            message: tooLarge ? `The request is larger than ${JSON_BODY_LIMIT}` : 'The request body is not valid JSON',
            extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );
  if (config.clientDist && fs.existsSync(path.join(config.clientDist, 'index.html'))) {
    const index = path.join(config.clientDist, 'index.html');
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app.
    app.get(/^\/(?!graphql|graphiql|healthz).*/, (req, res, next) =>
      req.accepts('html') ? res.sendFile(index) : next(),
    );
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send('NTM plan tracker API: POST /graphql, GraphiQL at /graphiql. The client is not built (pnpm build).');
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    app,
    db,
    schema,
    async close() {
      await apollo.stop();
      await db.dataSource.destroy();
    },
  };
}
