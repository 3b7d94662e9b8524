import { MAX_PAGE_SIZE } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AssignmentInput,
  CreateUserInput,
  UpdateUserInput,
  UserRowFragment,
  UsersQuery as UsersResult,
} from '@/gql/graphql';
import type { CellChange } from '@/grid';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './graphql';

export type UserRow = UserRowFragment;
export type { AssignmentInput };

/** All users matching a search (all users without one), following the connection's pages. */
export async function fetchUsers(
  search: string | null,
  options: RequestOptions = {},
): Promise<{ users: UserRow[]; totalCount: number }> {
  const users: UserRow[] = [];
  let totalCount: number;
  let after: string | null = null;
  do {
    const { users: page }: UsersResult = await api.request(
      UsersQuery,
      { search: search || null, first: MAX_PAGE_SIZE, after },
      options,
    );
    users.push(...page.nodes);
    totalCount = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { users, totalCount };
}

/** One user by username, or null; the API has no single-user query, so a search finds it. */
export async function fetchUser(username: string): Promise<UserRow | null> {
  const { users } = await fetchUsers(username);
  return users.find((u) => u.username === username) ?? null;
}

export async function createUser(input: CreateUserInput): Promise<UserRow> {
  const { createUser: user } = await api.request(CreateUserMutation, { input });
  return user;
}

/** Changes a user on the version read; the API answers CONFLICT if it is stale. */
export async function updateUser(username: string, version: number, input: UpdateUserInput): Promise<UserRow> {
  const { updateUser: user } = await api.request(UpdateUserMutation, {
    username,
    version,
    input,
  });
  return user;
}

/** The API input for one edited cell; only the grid's editable fields have one. */
function userInput(field: string, value: unknown): UpdateUserInput {
  switch (field) {
    case 'displayName':
      return { displayName: String(value ?? '') };
    case 'active':
      return { active: value === true };
    default:
      throw new Error(`Field ${field} of a user is not editable in the grid`);
  }
}

export function updateUserCell(change: CellChange): Promise<UserRow> {
  return updateUser(change.key, change.version, userInput(change.field, change.value));
}
