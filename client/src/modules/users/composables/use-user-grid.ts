import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ColDef } from 'ag-grid-community';
import { normaliseUnitName, validateUnitName } from '@ntm/shared';
import { useCellHistory, useCellSave, type CellChange, type GridRow } from '@/grid';
import { message } from '@/i18n/message';
import { assignmentCodes, reloadUser, sessionUser } from '@/modules/auth';
import { fetchUser, updateUserCell, type UserRow } from '../api';
import type { UserList } from './use-user-list';
import { userErrorMessage } from './user-errors';

type UserColDef = ColDef<GridRow<UserRow>>;

const WITH_HISTORY = new Set(['displayName', 'active', 'assignments']);

/** "EDITOR@510, ADMIN" (the audit trail's form) as assignments; anything else as it is. */
function parseAssignments(text: string) {
  return text.split(',').map((part) => {
    const [role, code] = part.trim().split('@');
    return { role, unit: code ? { code } : null };
  });
}

/** The signed-in user changed their own account: the header follows. */
function followOwnAccount(user: UserRow): void {
  if (user.username === sessionUser.value?.username) void reloadUser().catch(() => undefined);
}

/** The users grid: display name and active flag edited in place, saved with the row's version. */
export function useUserGrid(list: UserList) {
  const { t } = useI18n();

  const save = useCellSave<UserRow>({
    store: list.store,
    label: (user) => `${user.displayName} (${user.username})`,
    fieldLabel: (field) => message(`fields.${field}`),
    validate: (field, value) => (field === 'displayName' ? validateUnitName(value, 'displayName') : null),
    normalise: (field, value) =>
      field === 'displayName' && typeof value === 'string' ? normaliseUnitName(value) : value,
    async save(change: CellChange) {
      const saved = await updateUserCell(change);
      followOwnAccount(saved);
      return saved;
    },
    reload: fetchUser,
    describeError: userErrorMessage,
  });

  const history = useCellHistory({
    entity: 'User',
    rowLabel: (username) => {
      const user = list.find(username);
      return user ? `${user.displayName} (${user.username})` : username;
    },
    fieldLabel: (colId) => message(`fields.${colId}`),
    hasHistory: (colId) => WITH_HISTORY.has(colId),
    // The trail writes roles as "EDITOR@510, VIEWER@49": shown as the grid shows them.
    formatValue: (colId, value) =>
      colId === 'assignments' && value ? assignmentCodes(t, parseAssignments(value)) : null,
  });

  const columns = computed<UserColDef[]>(() => [
    {
      colId: 'username',
      field: 'username',
      headerName: t('users.columns.username'),
      width: 170,
      filter: 'agTextColumnFilter',
    },
    {
      colId: 'displayName',
      field: 'displayName',
      headerName: t('users.columns.displayName'),
      flex: 1,
      minWidth: 180,
      editable: true,
      cellEditor: 'agTextCellEditor',
      filter: 'agTextColumnFilter',
    },
    {
      colId: 'active',
      field: 'active',
      headerName: t('users.columns.active'),
      width: 120,
      cellDataType: 'boolean',
      editable: true,
      cellRenderer: 'agCheckboxCellRenderer',
      cellEditor: 'agCheckboxCellEditor',
    },
    {
      colId: 'assignments',
      headerName: t('users.columns.assignments'),
      flex: 1.4,
      minWidth: 220,
      valueGetter: (p) => (p.data ? assignmentCodes(t, p.data.assignments) : ''),
      // Long lists of assignments are cut by the column: the tooltip shows them all.
      tooltip: true,
    },
    {
      colId: 'version',
      field: 'version',
      headerName: t('columns.version'),
      width: 110,
      hide: true,
      type: 'rightAligned',
    },
  ]);

  return {
    rows: save.rows,
    columns,
    onCellEditRequest: save.onCellEditRequest,
    history,
  };
}
