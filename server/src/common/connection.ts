import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@ntm/shared';
import type { ClassType } from 'type-graphql';
import { AppError } from './app-error';

@ObjectType({ description: 'Where a page stands in a list (Relay cursor connections)' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field({ description: 'Always false: lists page forward only' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `first` and `after` of every list: forward pages of a capped size. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

/** A page of rows, the means to ask for the next one, and the size of the whole list on demand. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  cursorOf: (node: T) => string;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Makes the GraphQL connection type of a node type. `totalCount` is a method, so its COUNT
 * query runs only when a client asks for it.
 */
export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [node], { description: 'The edges’ nodes, for clients that need no cursors' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, { description: 'Rows in the whole filtered list, not just this page' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): Connection {
      const c = new Connection();
      c.nodes = page.nodes;
      c.edges = page.nodes.map((n) => ({ cursor: page.cursorOf(n), node: n }));
      c.pageInfo = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: false,
        startCursor: c.edges[0]?.cursor ?? null,
        endCursor: c.edges[c.edges.length - 1]?.cursor ?? null,
      };
      c.count = page.count;
      return c;
    }
  }
  return Connection;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:') || encodeCursor(text.slice(2)) !== cursor) {
    throw AppError.badInput({ field, rule: 'invalidFormat', params: { format: 'cursor' } });
  }
  return text.slice(2);
}
