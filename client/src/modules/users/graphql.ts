import { graphql } from '@/gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    username
    displayName
    active
    version
    assignments {
      role
      unit {
        code
        name
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      nodes {
        ...UserRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(username: $username, version: $version, input: $input) {
      ...UserRow
    }
  }
`);
