// Reliability tests that need a MySQL/MariaDB server of their own to take away (the database
// stopped under a running server): `pnpm test:reliability` with TEST_DATABASE_URL, run by .ci/run.
const base = require('../jest.config.js').projects[0];

module.exports = {
  rootDir: require('node:path').resolve(__dirname, '..'),
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  setupFiles: base.setupFiles,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
