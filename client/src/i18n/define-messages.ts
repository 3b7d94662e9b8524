/** A tree of interface texts: each leaf is a text in vue-i18n's message syntax. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * Marks a tree of texts for the build, which compiles each text to vue-i18n's message AST
 * (client/build/precompile-messages.ts): the browser gets no message compiler. The tree must be
 * written out in place, every leaf a string literal; the build refuses anything else.
 *
 * The type argument checks a translation against the tree it translates, key for key:
 * `defineMessages<typeof vi>({ ... })`.
 */
export function defineMessages<T extends MessageTree>(messages: T): T {
  return messages;
}
