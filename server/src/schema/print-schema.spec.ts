import fs from 'node:fs';
import path from 'node:path';
import { printSchemaText } from './print-schema';

describe('shared/schema.graphql', () => {
  it('is the schema the server serves (run `pnpm schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaText());
  });
});
