import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Each `graphql(`...`)` call is replaced, when the app is built, with the document
 * graphql-codegen generated for it, written out where the call was. At run time `graphql()`
 * looks its document up in a map of every document of the app (src/gql/gql.ts), keyed by the
 * document's text, and the documents are all in one module (src/gql/graphql.ts): the first page
 * would load every text of every page, most of them twice. Written out in place, a page's
 * documents travel with the page.
 *
 * The document is the one the map gives for the same text, built the same way, so nothing changes
 * at run time; a text the map does not know (codegen not run since it changed) fails the build.
 */

/** The tag the client preset generates (codegen.ts: gqlTagName). */
export const TAG = 'graphql';

/** The modules the plugin reads: the app's TypeScript that calls the tag, not the generated code. */
export const DOCUMENT_MODULES = {
  id: { include: /\.ts$/, exclude: /node_modules|[\\/]src[\\/]gql[\\/]/ },
  code: `${TAG}(`,
};

export class DocumentSourceError extends Error {}

/**
 * The generated map of src/gql/gql.ts: each document's text to the name of its export in
 * graphql.ts (`types.LoginDocument` -> 'LoginDocument').
 */
export function readDocumentNames(gqlSource: string, fileName = 'gql.ts'): Map<string, string> {
  const file = ts.createSourceFile(fileName, gqlSource, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const { name, initializer } = declaration;
      if (!ts.isIdentifier(name) || name.text !== 'documents' || !initializer) continue;
      if (!ts.isObjectLiteralExpression(initializer)) break;
      for (const property of initializer.properties) {
        if (
          ts.isPropertyAssignment(property) &&
          ts.isStringLiteral(property.name) &&
          ts.isPropertyAccessExpression(property.initializer)
        ) {
          names.set(property.name.text, property.initializer.name.text);
        }
      }
    }
  }
  if (names.size === 0) {
    throw new DocumentSourceError(`${fileName}: no map of documents; has graphql-codegen's output changed shape?`);
  }
  return names;
}

/** A generated document: what `new TypedDocumentString(text, meta)` is given in graphql.ts. */
export interface GeneratedDocument {
  text: string;
  meta?: Record<string, unknown>;
}

/** The documents of src/gql/graphql.ts by the name of their export. */
export function readDocuments(graphqlSource: string, fileName = 'graphql.ts'): Map<string, GeneratedDocument> {
  const file = ts.createSourceFile(fileName, graphqlSource, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const documents = new Map<string, GeneratedDocument>();
  const unwrap = (node: ts.Expression): ts.Expression =>
    ts.isAsExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { name, initializer } of statement.declarationList.declarations) {
      const value = initializer && unwrap(initializer);
      if (!ts.isIdentifier(name) || !value || !ts.isNewExpression(value)) continue;
      if (!ts.isIdentifier(value.expression) || value.expression.text !== 'TypedDocumentString') continue;
      const [text, meta] = value.arguments ?? [];
      if (!text || !ts.isNoSubstitutionTemplateLiteral(text)) {
        throw new DocumentSourceError(`${fileName}: ${name.text} is not a document written out`);
      }
      documents.set(name.text, {
        text: text.text,
        // Written by codegen as JSON.
        ...(meta ? { meta: JSON.parse(meta.getText(file)) as Record<string, unknown> } : {}),
      });
    }
  }
  if (documents.size === 0) {
    throw new DocumentSourceError(`${fileName}: no documents; has graphql-codegen's output changed shape?`);
  }
  return documents;
}

/** A `graphql(`...`)` call: the document's text and where the call is in the module. */
export interface DocumentCall {
  text: string;
  start: number;
  end: number;
}

export function findDocumentCalls(code: string, fileName: string): DocumentCall[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls: DocumentCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === TAG) {
      const [argument] = node.arguments;
      if (node.arguments.length !== 1 || !ts.isNoSubstitutionTemplateLiteral(argument)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        throw new DocumentSourceError(`${fileName}:${line + 1}: ${TAG}() takes one document written out in place`);
      }
      calls.push({ text: argument.text, start: node.getStart(file), end: node.end });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

/** What the plugin needs of graphql-codegen's output. */
export interface Generated {
  /** Document texts to export names (gql.ts). */
  names: ReadonlyMap<string, string>;
  /** Export names to documents (graphql.ts). */
  documents: ReadonlyMap<string, GeneratedDocument>;
  /** The module that exports `TypedDocumentString` (graphql.ts), as an import specifier. */
  module: string;
}

/**
 * The module with each call replaced by its generated document, built where the call was; null
 * when it calls the tag nowhere.
 */
export function inlineDocuments(code: string, fileName: string, generated: Generated): string | null {
  const calls = findDocumentCalls(code, fileName);
  if (calls.length === 0) return null;
  const documentClass = '__TypedDocumentString';
  let out = '';
  let offset = 0;
  for (const call of calls) {
    const name = generated.names.get(call.text);
    const document = name === undefined ? undefined : generated.documents.get(name);
    if (!document) {
      const head = call.text.trim().split('\n')[0];
      throw new DocumentSourceError(`${fileName}: no generated document for "${head}"; run pnpm codegen`);
    }
    const args = [JSON.stringify(document.text), ...(document.meta ? [JSON.stringify(document.meta)] : [])];
    // The call's line breaks follow it, so the module's lines keep their numbers.
    const breaks = '\n'.repeat(code.slice(call.start, call.end).split('\n').length - 1);
    out += `${code.slice(offset, call.start)}/* @__PURE__ */ new ${documentClass}(${args.join(', ')})${breaks}`;
    offset = call.end;
  }
  const header = `import { TypedDocumentString as ${documentClass} } from ${JSON.stringify(generated.module)}; `;
  return header + out + code.slice(offset);
}

/**
 * graphql.ts with its documents marked free of side effects: the app no longer uses them (it
 * builds its own where it calls the tag), and the bundler may then leave them out.
 */
export function markDocumentsPure(graphqlSource: string): string {
  return graphqlSource.replace(/= new TypedDocumentString\(/g, '= /* @__PURE__ */ new TypedDocumentString(');
}

/** `dir`: the client preset's output directory (src/gql), holding gql.ts and graphql.ts. */
export function graphqlDocuments(dir: string): Plugin {
  const gqlFile = path.join(dir, 'gql.ts');
  const graphqlFile = path.join(dir, 'graphql.ts');
  let cached: { key: string; generated: Generated } | null = null;
  const generated = (): Generated => {
    const gql = fs.readFileSync(gqlFile, 'utf8');
    const graphql = fs.readFileSync(graphqlFile, 'utf8');
    const key = gql + graphql;
    if (cached?.key !== key) {
      cached = {
        key,
        generated: {
          names: readDocumentNames(gql, gqlFile),
          documents: readDocuments(graphql, graphqlFile),
          module: graphqlFile.split(path.sep).join('/'),
        },
      };
    }
    return cached.generated;
  };
  return {
    name: 'ntm:graphql-documents',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.ts$/, exclude: /node_modules/ } },
      handler(code, id) {
        if (path.resolve(id.split('?')[0]) === graphqlFile) return { code: markDocumentsPure(code), map: null };
        if (!DOCUMENT_MODULES.id.include.test(id) || DOCUMENT_MODULES.id.exclude.test(id)) return null;
        if (!code.includes(DOCUMENT_MODULES.code)) return null;
        // A new codegen run changes the documents: the dev server transforms the module again.
        this.addWatchFile(gqlFile);
        this.addWatchFile(graphqlFile);
        const inlined = inlineDocuments(code, id, generated());
        return inlined === null ? null : { code: inlined, map: null };
      },
    },
  };
}
