/**
 * A message kept as a key and parameters rather than text, so that a notice or a cell error
 * already on screen follows a change of language. Parameters may be messages themselves
 * ("{field} is required", field = the translated column name).
 */
export interface Message {
  key: string;
  params?: Record<string, string | number | Message>;
}

export type Translate = (key: string, params: Record<string, unknown>) => string;

export function message(key: string, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}

export function translateMessage(t: Translate, msg: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(msg.params ?? {})) {
    params[name] = typeof value === 'object' ? translateMessage(t, value) : value;
  }
  return t(msg.key, params);
}
