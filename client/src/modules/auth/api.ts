import { api } from '@/api';
import type { SessionFieldsFragment, SessionUserFragment } from '@/gql/graphql';
import { ChangePasswordMutation, LoginMutation, LogoutMutation, MeQuery, RefreshSessionMutation } from './graphql';

export type SessionUser = SessionUserFragment;
export type SessionData = SessionFieldsFragment;

export async function login(username: string, password: string): Promise<SessionData> {
  const { login: session } = await api.request(LoginMutation, { username, password }, { anonymous: true });
  return session;
}

/** A new access token, and a new refresh token in place of the one given (rotation). */
export async function refreshSession(refreshToken: string): Promise<SessionData> {
  const { refreshSession: session } = await api.request(RefreshSessionMutation, { refreshToken }, { anonymous: true });
  return session;
}

/** Ends the session on the server: its refresh token no longer renews anything. */
export async function logout(refreshToken: string): Promise<void> {
  await api.request(LogoutMutation, { refreshToken }, { noRenew: true });
}

export async function fetchMe(): Promise<SessionUser> {
  const { me } = await api.request(MeQuery, {});
  return me;
}

/** Changes the signed-in user's password; the server ends their other sessions, not this one. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api.request(ChangePasswordMutation, { currentPassword, newPassword });
}
