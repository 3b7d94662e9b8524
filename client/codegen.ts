import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `graphql()` call under src/. The output is committed, so a schema
 * change that breaks an operation fails `pnpm typecheck` instead of a user's request.
 */
const config: CodegenConfig = {
  schema: '../shared/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Grid rows are plain fragment data; masking would only add unwrapping.
        fragmentMasking: false,
      },
      config: {
        // Documents as strings: posted as they are, with no GraphQL runtime in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // Money is whole đồng as a decimal string: added up with BigInt, never as a float.
        scalars: { Date: 'string', Money: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
