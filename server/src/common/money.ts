import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';
import { toDong } from '@ntm/shared';

function refuse(value: unknown): never {
  throw new GraphQLError(
    `Money is whole đồng as a decimal string, e.g. "1500000000"; got ${JSON.stringify(value)?.slice(0, 40)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/** Whole đồng as a decimal string: never a float, whatever the size. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'An amount of whole đồng as a decimal string ("726276000000"); never a float',
  serialize(value) {
    const dong = toDong(value);
    if (dong === null) throw new GraphQLError(`not an amount of đồng: ${String(value)}`);
    return dong.toString();
  },
  parseValue(value) {
    const dong = toDong(value);
    return dong === null ? refuse(value) : dong.toString();
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      const dong = toDong(ast.kind === Kind.INT ? ast.value : ast.value);
      if (dong !== null) return dong.toString();
    }
    return refuse('value' in ast ? ast.value : ast.kind);
  },
});

/** BIGINT columns read as decimal strings from either driver (SQLite gives numbers, MySQL strings). */
export const moneyTransformer: ValueTransformer = {
  to: (value: string | bigint | null | undefined) => (value === null || value === undefined ? value : String(value)),
  from: (value: string | number | bigint | null) => (value === null || value === undefined ? value : String(value)),
};
