import { graphql } from '@/gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
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

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
