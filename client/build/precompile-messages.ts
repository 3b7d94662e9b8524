import { baseCompile } from '@intlify/message-compiler';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The interface texts are compiled when the app is built, so the browser gets vue-i18n without
 * its message compiler (a third of vue-i18n's code, about 5 kB gzipped).
 *
 * Texts are written as plain strings inside `defineMessages({ ... })` (src/i18n/define-messages.ts).
 * This plugin replaces each string that has syntax (placeholders, plural forms, linked messages)
 * with the message's AST, the form vue-i18n's runtime evaluates; the compiler is the one vue-i18n
 * itself would run in the browser, at the same version. A plain text stays a string: without a
 * compiler vue-i18n shows a string message as it is, which for plain text is what compiling it
 * gives. A text that does not compile, or a leaf that is not a string literal, fails the build
 * rather than showing raw syntax to a user.
 */

/** The name of the function that marks a tree of messages. */
export const MARKER = 'defineMessages';

/** The modules the plugin reads: the app's TypeScript that names the marker. */
export const MESSAGE_MODULES = {
  id: { include: /\.ts$/, exclude: /node_modules/ },
  // `defineMessages<typeof vi>({` as well as `defineMessages({`.
  code: MARKER,
};

/** One text inside a `defineMessages` call: where it is in the source and under which key. */
export interface SourceMessage {
  /** The keys from the root of the tree down to the text: ['hierarchy', 'count']. */
  path: string[];
  text: string;
  /** Offsets of the string literal (quotes included) in the module's source. */
  start: number;
  end: number;
}

export class MessageSourceError extends Error {}

function keyOf(name: ts.PropertyName, where: () => string): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  throw new MessageSourceError(`${where()}: a message key must be a name or a string`);
}

/**
 * The texts of every `defineMessages(...)` call in a module, one list per call in source order.
 * The call's argument must be an object literal whose leaves are string literals.
 */
export function findMessages(code: string, fileName: string): SourceMessage[][] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls: SourceMessage[][] = [];

  function where(node: ts.Node, path: string[]): string {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${fileName}:${line + 1} (${path.join('.') || 'root'})`;
  }

  function collect(node: ts.Expression, path: string[], into: SourceMessage[]): void {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      into.push({ path, text: node.text, start: node.getStart(file), end: node.end });
      return;
    }
    if (!ts.isObjectLiteralExpression(node)) {
      throw new MessageSourceError(
        `${where(node, path)}: a message must be a string literal, compiled when the app is built`,
      );
    }
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) {
        throw new MessageSourceError(`${where(property, path)}: write each message as key: 'text'`);
      }
      const key = keyOf(property.name, () => where(property, path));
      collect(property.initializer, [...path, key], into);
    }
  }

  function visit(node: ts.Node): void {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === MARKER) {
      const [argument] = node.arguments;
      if (node.arguments.length !== 1) {
        throw new MessageSourceError(`${where(node, [])}: ${MARKER} takes one object of messages`);
      }
      const messages: SourceMessage[] = [];
      collect(argument, [], messages);
      calls.push(messages);
      return;
    }
    ts.forEachChild(node, visit);
  }

  visit(file);
  return calls;
}

/** A text compiled to vue-i18n's message AST (minified keys, no source locations). */
export function compileMessage(text: string): MessageAst {
  const errors: string[] = [];
  const { ast } = baseCompile(text, {
    jit: true,
    minify: true,
    location: false,
    onError: (error) => errors.push(error.message),
  });
  if (errors.length > 0) throw new MessageSourceError(errors.join('; '));
  return ast as unknown as MessageAst;
}

/** The AST's root as the minified compiler writes it: `b` is the body, `t` a node's type. */
export interface MessageAst {
  t: number;
  b: { t: number; s?: string };
}

const MESSAGE_NODE = 2;

/**
 * What the browser gets for a text: the text itself when it is plain (a message whose whole
 * compiled value is that same text), else its AST.
 */
export function precompiledForm(text: string): string | MessageAst {
  const ast = compileMessage(text);
  return ast.b.t === MESSAGE_NODE && ast.b.s === text ? text : ast;
}

/** The module's source with each text that has syntax replaced by its AST; null when it has none. */
export function precompileMessages(code: string, fileName: string): string | null {
  const messages = findMessages(code, fileName).flat();
  let out = '';
  let offset = 0;
  let replaced = false;
  for (const message of [...messages].sort((a, b) => a.start - b.start)) {
    let form: string | MessageAst;
    try {
      form = precompiledForm(message.text);
    } catch (error) {
      throw new MessageSourceError(
        `${fileName} (${message.path.join('.')}): ${(error as Error).message} in ${JSON.stringify(message.text)}`,
      );
    }
    if (typeof form === 'string') continue;
    out += code.slice(offset, message.start) + JSON.stringify(form);
    offset = message.end;
    replaced = true;
  }
  return replaced ? out + code.slice(offset) : null;
}

/**
 * Compiles the app's messages, in the dev server as in the build, so a broken text is reported by
 * both. The production build then leaves vue-i18n's message compiler out; the dev server keeps it,
 * as it keeps vue-i18n's warnings, and would warn about every plain text without it.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'ntm:precompiled-messages',
    // Before TypeScript is stripped, so the source parsed here is the one written.
    enforce: 'pre',
    config: (_config, { command }) =>
      command === 'build'
        ? {
            resolve: {
              alias: [
                {
                  find: /^vue-i18n$/,
                  replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js',
                },
              ],
            },
            // The runtime entry still links @intlify/core-base's compiler unless told to drop it.
            define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' },
          }
        : undefined,
    transform: {
      filter: MESSAGE_MODULES,
      handler(code, id) {
        const compiled = precompileMessages(code, id);
        // Texts are replaced in place, each on its own line: lines keep their numbers.
        return compiled === null ? null : { code: compiled, map: null };
      },
    },
  };
}
