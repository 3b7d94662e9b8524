import { computed, ref, shallowRef, watch } from 'vue';
import { AdminLevel, ErrorCode, UnitType, normaliseUnitName, unitTypesAtLevel, validateUnitName } from '@ntm/shared';
import { errorMessage, inputFieldName, isApiError, issueMessage } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import { createVillage, type AdminUnitRow } from '../api';

/** The "add a village" form of a commune: its fields, the shared name rule, and the request. */
export function useAddVillage(commune: () => AdminUnitRow | null, onCreated: (village: AdminUnitRow) => void) {
  const notices = useNotices();
  const name = ref('');
  const type = ref<UnitType>(UnitType.VILLAGE);
  const mountainous = ref(false);
  const submitting = ref(false);
  const nameError = shallowRef<Message | null>(null);
  // The form's notices replace one another: a success clears the refusal before it.
  const topic = () => ({ topic: `add-village:${commune()?.code ?? ''}` });

  // A new village of a mountainous commune is most likely mountainous too.
  watch(
    () => commune()?.code,
    () => {
      name.value = '';
      nameError.value = null;
      type.value = UnitType.VILLAGE;
      mountainous.value = commune()?.mountainous ?? false;
    },
    { immediate: true },
  );

  watch(name, () => (nameError.value = null));

  async function submit(): Promise<void> {
    const parent = commune();
    if (!parent || submitting.value) return;

    const issue = validateUnitName(name.value, 'name');
    if (issue) {
      nameError.value = issueMessage(issue);
      notices.warning(message('addVillage.failed', { reason: nameError.value }), topic());
      return;
    }

    submitting.value = true;
    try {
      const village = await createVillage({
        communeCode: parent.code,
        name: normaliseUnitName(name.value),
        type: type.value,
        mountainous: mountainous.value,
      });
      name.value = '';
      nameError.value = null;
      notices.success(message('addVillage.created', { name: village.name, code: village.code }), topic());
      onCreated(village);
    } catch (error) {
      const reason = errorMessage(error);
      if (isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT && inputFieldName(error.field) === 'name') {
        nameError.value = reason;
      }
      notices.error(message('addVillage.failed', { reason }), topic());
    } finally {
      submitting.value = false;
    }
  }

  return {
    name,
    type,
    mountainous,
    submitting,
    nameError,
    typeOptions: computed(() => unitTypesAtLevel(AdminLevel.VILLAGE)),
    submit,
  };
}
