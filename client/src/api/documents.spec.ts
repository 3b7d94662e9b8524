import fs from 'node:fs';
import path from 'node:path';
import {
  DOCUMENT_MODULES,
  DocumentSourceError,
  findDocumentCalls,
  inlineDocuments,
  markDocumentsPure,
  readDocumentNames,
  readDocuments,
  TAG,
  type Generated,
} from '../../build/graphql-documents';
import { graphql } from '@/gql';

// The build writes each GraphQL document out where the app names it (build/graphql-documents.ts)
// instead of looking it up at run time in the map of all documents. These tests hold each one to
// what that lookup gives.

const SRC = path.resolve(__dirname, '..');
const GQL = path.join(SRC, 'gql');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const generated: Generated = {
  names: readDocumentNames(fs.readFileSync(path.join(GQL, 'gql.ts'), 'utf8')),
  documents: readDocuments(fs.readFileSync(path.join(GQL, 'graphql.ts'), 'utf8')),
  module: '@/gql/graphql',
};

const CALLERS = sourceFiles(SRC)
  .filter((file) => DOCUMENT_MODULES.id.include.test(file) && !DOCUMENT_MODULES.id.exclude.test(file))
  .map((file) => ({ file: path.relative(SRC, file), source: fs.readFileSync(file, 'utf8') }))
  .filter(({ source }) => source.includes(DOCUMENT_MODULES.code));

type Runtime = { toString(): string; __meta__?: Record<string, unknown> };

describe('GraphQL documents written out by the build', () => {
  it('finds every call of the app, and only in its own modules', () => {
    const calls = CALLERS.flatMap(({ file, source }) => findDocumentCalls(source, file));
    expect(CALLERS.length).toBeGreaterThanOrEqual(10);
    // Each document of the app is called for once, and codegen generated each.
    expect(calls).toHaveLength(generated.names.size);
    expect(DOCUMENT_MODULES.id.exclude.test(path.join(GQL, 'gql.ts'))).toBe(true);
  });

  it('writes out for each call the document the run-time lookup gives, text and fragment name', () => {
    for (const { file, source } of CALLERS) {
      for (const call of findDocumentCalls(source, file)) {
        const looked = graphql(call.text as never) as unknown as Runtime;
        const document = generated.documents.get(generated.names.get(call.text)!)!;
        expect([file, document.text]).toEqual([file, looked.toString()]);
        expect(document.meta).toEqual(looked.__meta__);
      }
    }
  });

  it('replaces a call in place, keeping the lines of the module', () => {
    const [text, name] = [...generated.names][0];
    const code = ['// first', `export const First = ${TAG}(\`${text}\`);`, 'export const after = 1;'].join('\n');
    const out = inlineDocuments(code, 'm.ts', generated)!;
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.split('\n')[0]).toBe(
      'import { TypedDocumentString as __TypedDocumentString } from "@/gql/graphql"; // first',
    );
    const document = generated.documents.get(name)!;
    expect(out).toContain(
      `export const First = /* @__PURE__ */ new __TypedDocumentString(${JSON.stringify(document.text)}`,
    );
    expect(out.split('\n').at(-1)).toBe('export const after = 1;');
    expect(inlineDocuments('export const n = 1;', 'm.ts', generated)).toBeNull();
  });

  it('refuses a document codegen has not generated, or one not written out', () => {
    expect(() =>
      inlineDocuments(`${TAG}(\`\n  query NotGenerated { me { username } }\n\`);`, 'm.ts', generated),
    ).toThrow(/no generated document for "query NotGenerated.*run pnpm codegen/);
    expect(() => inlineDocuments(`${TAG}(text);`, 'm.ts', generated)).toThrow(DocumentSourceError);
    expect(() => inlineDocuments(`${TAG}(\`query A { ${'$'}{b} }\`);`, 'm.ts', generated)).toThrow(DocumentSourceError);
  });

  it('marks every generated document free of side effects', () => {
    const source = fs.readFileSync(path.join(GQL, 'graphql.ts'), 'utf8');
    const marked = markDocumentsPure(source);
    expect(marked.match(/\/\* @__PURE__ \*\/ new TypedDocumentString\(/g)).toHaveLength(generated.documents.size);
    expect(readDocuments(marked)).toEqual(generated.documents);
  });
});
