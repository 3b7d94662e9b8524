// One jest run for the whole workspace: pure rules in shared/, server and client units, and API tests that
// boot the real server over HTTP on a fresh database per test file (SQLite, or MySQL when
// TEST_DATABASE_URL is set).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@ntm/shared$': '<rootDir>/shared/src/index.ts',
    '^@ntm/server$': '<rootDir>/server/src/index.ts',
  },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  rootDir: __dirname,
};

module.exports = {
  // A global option: projects cannot set their own. API tests boot a server per file.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.spec.ts'] },
    { ...shared, displayName: 'server', testMatch: ['<rootDir>/server/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'client',
      // The client's pure modules (columns, parsing, formatting); the rest is tested in a browser.
      testMatch: ['<rootDir>/client/src/**/*.spec.ts'],
      moduleNameMapper: { ...shared.moduleNameMapper, '^@/(.*)$': '<rootDir>/client/src/$1' },
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
    },
  ],
};
