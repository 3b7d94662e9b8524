import fs from 'node:fs';
import path from 'node:path';
import { compile, type MessageCompiler } from '@intlify/core-base';
import { UNIT_TYPES, unitTypeName } from '@ntm/shared';
import { createI18n } from 'vue-i18n';
import {
  compileMessage,
  findMessages,
  MESSAGE_MODULES,
  MessageSourceError,
  precompiledForm,
  precompileMessages,
} from '../../build/precompile-messages';
import type { MessageTree } from './define-messages';
import vi from './vi';

// The build compiles every text of the interface (build/precompile-messages.ts) and the browser
// gets vue-i18n without its compiler. These tests hold the compiled texts to what the app showed
// when vue-i18n compiled them in the browser, in both languages.

const SRC = path.resolve(__dirname, '..');
const LOCALES = ['vi', 'en'] as const;
type Locale = (typeof LOCALES)[number];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Every module that defines messages, with its texts per language as the app imports them. */
const MESSAGE_FILES = sourceFiles(SRC)
  .filter((file) => findMessages(fs.readFileSync(file, 'utf8'), file).length > 0)
  .map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest loads each file as it finds it
    const exported = require(file) as Record<string, MessageTree>;
    const name = path.basename(file, '.ts');
    const trees: Record<Locale, MessageTree | undefined> = {
      vi: exported.vi ?? (name === 'vi' ? exported.default : undefined),
      en: exported.en ?? (name === 'en' ? exported.default : undefined),
    };
    return { file: path.relative(SRC, file), source: fs.readFileSync(file, 'utf8'), trees };
  });

type Leaf = [path: string, text: string];

function leaves(tree: MessageTree, prefix: string[] = []): Leaf[] {
  return Object.entries(tree).flatMap(([key, value]): Leaf[] =>
    typeof value === 'string' ? [[[...prefix, key].join('.'), value]] : leaves(value, [...prefix, key]),
  );
}

/** The tree as the build hands it to the browser. */
function precompiled(tree: MessageTree): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? precompiledForm(value) : precompiled(value),
    ]),
  );
}

function messagesOf(locale: Locale): MessageTree[] {
  return MESSAGE_FILES.map(({ trees }) => trees[locale]).filter((tree): tree is MessageTree => !!tree);
}

/**
 * What the browser's vue-i18n does with a message once the build has left its compiler out: it
 * evaluates an AST and shows a string as it is.
 */
const runtimeOnly: MessageCompiler = (message, context) =>
  typeof message === 'string' ? () => message : compile(message, context);

/**
 * vue-i18n with the app's messages merged as the app merges them (core first, then modules):
 * as written, compiled by vue-i18n as it was in the browser, or as the build compiles them.
 */
function i18nWith(built: boolean, locale: Locale) {
  const transform = built ? precompiled : (tree: MessageTree) => tree;
  const [core, ...modules] = [
    ...MESSAGE_FILES.filter(({ file }) => file.startsWith('i18n/')),
    ...MESSAGE_FILES.filter(({ file }) => !file.startsWith('i18n/')),
  ]
    .map(({ trees }) => trees[locale])
    .filter((tree): tree is MessageTree => !!tree);
  const i18n = createI18n<[Record<string, unknown>], string, false>({
    legacy: false,
    locale,
    messages: { [locale]: transform(core) },
    missingWarn: false,
    fallbackWarn: false,
    ...(built ? { messageCompiler: runtimeOnly } : {}),
  });
  for (const tree of modules) i18n.global.mergeLocaleMessage(locale, transform(tree));
  return i18n.global;
}

/** Names and list indexes a text interpolates, read from its compiled form. */
function placeholders(text: string): { named: string[]; list: number[] } {
  const named = new Set<string>();
  const list = new Set<number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { t, k, i } = node as { t?: number; k?: unknown; i?: unknown };
      if (t === 4 && typeof k === 'string') named.add(k);
      if (t === 5 && typeof i === 'number') list.add(i);
      Object.values(node).forEach(walk);
    }
  };
  walk(compileMessage(text));
  return { named: [...named], list: [...list] };
}

describe('interface texts compiled at build time', () => {
  it('finds the message modules of the app, each in both languages', () => {
    const files = MESSAGE_FILES.map(({ file }) => file);
    expect(files).toEqual(expect.arrayContaining(['i18n/vi.ts', 'i18n/en.ts', 'modules/money/messages.ts']));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const { file, trees } of MESSAGE_FILES) {
      const languages = LOCALES.filter((locale) => trees[locale]);
      // The core's languages are a file each; a module's are in one file.
      expect([file, languages]).toEqual([file, file.startsWith('i18n/') ? [path.basename(file, '.ts')] : LOCALES]);
    }
  });

  it('sees in the source every text the app imports, so none reaches the browser uncompiled', () => {
    for (const { file, source, trees } of MESSAGE_FILES) {
      // The plugin is handed the module at all.
      const id = path.join(SRC, file);
      expect([file, MESSAGE_MODULES.id.include.test(id), MESSAGE_MODULES.id.exclude.test(id)]).toEqual([
        file,
        true,
        false,
      ]);
      expect(source).toContain(MESSAGE_MODULES.code);
      const found = findMessages(source, file)
        .flatMap((call) => call.map(({ path: key, text }) => `${key.join('.')}=${text}`))
        .sort();
      const imported = LOCALES.flatMap((locale) => (trees[locale] ? leaves(trees[locale]) : []))
        .map(([key, text]) => `${key}=${text}`)
        .sort();
      expect([file, found]).toEqual([file, imported]);
    }
  });

  it('gives both languages the same keys', () => {
    const keys = (locale: Locale) => new Set(messagesOf(locale).flatMap((tree) => leaves(tree).map(([key]) => key)));
    expect(keys('en')).toEqual(keys('vi'));
  });

  it('merges a key that two modules define as a plain text, which replaces the other whole', () => {
    // vue-i18n merges a module's messages into the app's object by object: a compiled text merged
    // over another compiled text would mix the two ASTs.
    for (const locale of LOCALES) {
      const byKey = new Map<string, string[]>();
      for (const tree of messagesOf(locale)) {
        for (const [key, text] of leaves(tree)) byKey.set(key, [...(byKey.get(key) ?? []), text]);
      }
      const compiledTwice = [...byKey]
        .filter(([, texts]) => texts.length > 1 && texts.some((text) => typeof precompiledForm(text) !== 'string'))
        .map(([key]) => key);
      expect([locale, compiledTwice]).toEqual([locale, []]);
    }
  });

  it('shows every text as vue-i18n did compiling it in the browser, with any count and parameters', () => {
    for (const locale of LOCALES) {
      const before = i18nWith(false, locale);
      const after = i18nWith(true, locale);
      let checked = 0;
      for (const tree of messagesOf(locale)) {
        for (const [key, text] of leaves(tree)) {
          const { named, list } = placeholders(text);
          const params = Object.fromEntries(named.map((name) => [name, `‹${name}›`]));
          const items = list.map((index) => `‹${index}›`);
          for (const count of [0, 1, 2, 5]) {
            const withCount = { ...params, count, n: count };
            expect(after.t(key, withCount)).toBe(before.t(key, withCount));
            expect(after.t(key, withCount, count)).toBe(before.t(key, withCount, count));
            if (list.length > 0) expect(after.t(key, items, count)).toBe(before.t(key, items, count));
          }
          expect(after.t(key, params)).toBe(before.t(key, params));
          expect(after.te(key)).toBe(true);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(500);
    }
  });

  it('compiles every text with syntax, so only plain texts stay strings', () => {
    const forms = LOCALES.flatMap((locale) =>
      messagesOf(locale).flatMap((tree) => leaves(tree).map(([, text]) => [text, precompiledForm(text)] as const)),
    );
    const plain = forms.filter(([, form]) => typeof form === 'string');
    for (const [text, form] of plain) {
      expect(form).toBe(text);
      expect(placeholders(text)).toEqual({ named: [], list: [] });
    }
    expect(plain.length).toBeGreaterThan(500);
    expect(forms.length - plain.length).toBeGreaterThan(100);
  });

  it('names unit types as the GSO catalogue does', () => {
    expect(vi.unitTypes).toEqual(Object.fromEntries(UNIT_TYPES.map((type) => [type, unitTypeName(type)])));
  });
});

describe('the build step that compiles texts', () => {
  const source = [
    "import { defineMessages } from '@/i18n/define-messages';",
    '// {not} a message',
    'export const vi = defineMessages({',
    "  plain: 'Tải lại',",
    '  nested: {',
    "    'quoted-key': 'Thuộc {parent}',",
    '    late: `{count} ngày trễ | {count} ngày trễ`,',
    '  },',
    '});',
    "export const other = 'Không {phải}';",
  ].join('\n');

  it('replaces each text with syntax by its AST and leaves the rest of the module as written', () => {
    const out = precompileMessages(source, 'messages.ts')!;
    const lines = out.split('\n');
    expect(lines).toHaveLength(source.split('\n').length);
    expect(lines[1]).toBe('// {not} a message');
    expect(lines[3]).toBe("  plain: 'Tải lại',");
    expect(lines[5]).toBe(`    'quoted-key': ${JSON.stringify(compileMessage('Thuộc {parent}'))},`);
    expect(JSON.parse(lines[6].replace(/^ {4}late: /, '').replace(/,$/, ''))).toEqual(
      compileMessage('{count} ngày trễ | {count} ngày trễ'),
    );
    expect(lines[9]).toBe("export const other = 'Không {phải}';");
    expect(findMessages(source, 'messages.ts')[0].map(({ path: key }) => key.join('.'))).toEqual([
      'plain',
      'nested.quoted-key',
      'nested.late',
    ]);
  });

  it('leaves a module without texts to compile alone', () => {
    expect(precompileMessages("export const vi = defineMessages({ a: 'Lưu' });", 'm.ts')).toBeNull();
    expect(precompileMessages('export const n = 1;', 'm.ts')).toBeNull();
  });

  it('refuses a text that does not compile, naming its key', () => {
    expect(() => precompileMessages("defineMessages({ a: { b: 'Thiếu {ngoặc' } });", 'm.ts')).toThrow(
      /m\.ts \(a\.b\): .*"Thiếu \{ngoặc"/,
    );
  });

  it('refuses texts that the build cannot read from the source', () => {
    const refused = [
      "defineMessages({ a: 'x' + y });",
      'defineMessages({ a: `x ${y}` });',
      "defineMessages({ ...base, a: 'x' });",
      "defineMessages({ [key]: 'x' });",
      'defineMessages({ a: names() });',
      'defineMessages(base);',
      "defineMessages({ a: 'x' }, extra);",
    ];
    for (const code of refused) {
      expect(() => precompileMessages(code, 'm.ts')).toThrow(MessageSourceError);
    }
  });
});
