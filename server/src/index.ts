export { startServer, openDatabase, wireServices, type RunningServer } from './app/create-app';
export { loadConfig, type ServerConfig } from './config';
export { createDataSource } from './db/data-source';
export { parseDatabaseUrl } from './db/database-url';
export { ENTITIES } from './db/entities';
export { buildApiSchema } from './schema/build-schema';
export { createLogger } from './common/logger';
export { backupDatabase, restoreDatabase } from './db/backup';
