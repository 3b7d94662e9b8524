/** Writes the API's schema to shared/schema.graphql, the file the client's types come from. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaText } from '../schema/print-schema';

const TARGET = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

printSchemaText()
  .then((text) => {
    fs.writeFileSync(TARGET, text);
    console.log(`wrote ${path.relative(process.cwd(), TARGET)}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
