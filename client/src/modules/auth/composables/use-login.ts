import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ErrorCode } from '@ntm/shared';
import { errorMessage, hasErrorCode, isApiError, issueMessage, retryAfterSeconds, waitMessage } from '@/api';
import { message, type Message } from '@/i18n/message';
import { redirectTarget } from '../guard';
import { signIn } from '../session';

/** What the sign-in form says about a refused sign-in, plainly. */
function signInError(error: unknown): Message {
  if (hasErrorCode(error, ErrorCode.TOO_MANY_ATTEMPTS)) {
    const wait = retryAfterSeconds(error);
    return wait ? message('auth.tooManyAttemptsWait', { wait: waitMessage(wait) }) : message('auth.tooManyAttempts');
  }
  if (hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) return message('auth.invalidCredentials');
  if (hasErrorCode(error, ErrorCode.FORBIDDEN)) return message('auth.notAllowed');
  if (isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT) {
    const issue = error.issues[0];
    return issue ? issueMessage(issue) : message('auth.invalidCredentials');
  }
  return errorMessage(error);
}

/** The sign-in form: its fields, the request, and going back to where the user was going. */
export function useLogin() {
  const route = useRoute();
  const router = useRouter();
  const username = ref('');
  const password = ref('');
  const submitting = ref(false);
  const error = shallowRef<Message | null>(null);
  // A throttled sign-in: the form waits as long as the server asked, for that username (the
  // server counts failures per username; another user at the same desk may still sign in).
  const waitUntil = ref<number | null>(null);
  const waitingUser = ref<string | null>(null);
  let waitTimer: number | undefined;
  const typedUser = () => username.value.trim().toLowerCase();
  const waiting = computed(() => waitUntil.value !== null && waitingUser.value === typedUser());

  const missing = computed(() => ({
    username: username.value.trim() === '',
    password: password.value === '',
  }));

  /** The user typed again: an old refusal no longer applies (a throttle's wait still does). */
  function edited(): void {
    if (error.value && !waiting.value) error.value = null;
  }

  function waitFor(user: string, seconds: number): void {
    window.clearTimeout(waitTimer);
    waitUntil.value = Date.now() + seconds * 1000;
    waitingUser.value = user;
    waitTimer = window.setTimeout(() => {
      waitUntil.value = null;
      waitingUser.value = null;
    }, seconds * 1000);
  }
  onScopeDispose(() => window.clearTimeout(waitTimer));

  async function submit(): Promise<void> {
    if (submitting.value || waiting.value) return;
    if (missing.value.username || missing.value.password) {
      error.value = message('auth.missingFields');
      return;
    }
    submitting.value = true;
    error.value = null;
    try {
      // Usernames are lower-case ASCII: forgive a capital typed on a phone.
      await signIn(typedUser(), password.value);
      password.value = '';
      await router.replace(redirectTarget(route.query.redirect) ?? '/');
    } catch (cause) {
      password.value = '';
      error.value = signInError(cause);
      const wait = hasErrorCode(cause, ErrorCode.TOO_MANY_ATTEMPTS) ? retryAfterSeconds(cause) : null;
      if (wait) waitFor(typedUser(), wait);
    } finally {
      submitting.value = false;
    }
  }

  return {
    username,
    password,
    submitting,
    error,
    waiting,
    /** Came here because the session ran out under a page. */
    expired: computed(() => route.query.expired === '1'),
    edited,
    submit,
  };
}
