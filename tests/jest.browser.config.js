// Browser tests: the built client served by the real server on a fresh database, driven in
// Debian's Chromium through playwright-core. One file at a time: two cores, one browser each.
const base = require('../jest.config.js').projects[0];

module.exports = {
  rootDir: require('node:path').resolve(__dirname, '..'),
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  setupFiles: base.setupFiles,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  testTimeout: 90_000,
  maxWorkers: 1,
};
