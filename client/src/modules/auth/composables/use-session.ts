import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { Role } from '@ntm/shared';
import { describeAssignments } from '../roles';
import { LOGIN_ROUTE } from '../routes';
import { hasRole, sessionUser, signedIn, signOut } from '../session';

/** The signed-in user as the interface shows them, and signing out. */
export function useSession() {
  const { t } = useI18n();
  const router = useRouter();

  const roleSummary = computed(() => (sessionUser.value ? describeAssignments(t, sessionUser.value.assignments) : ''));

  return {
    user: sessionUser,
    signedIn,
    roleSummary,
    isAdmin: computed(() => hasRole(Role.ADMIN)),
    /** May the user read audit trails at all (ADMIN, or APPROVER within their units)? */
    canAudit: computed(() => hasRole(Role.ADMIN, Role.APPROVER)),
    async signOut(): Promise<void> {
      await signOut();
      await router.push({ name: LOGIN_ROUTE });
    },
  };
}
