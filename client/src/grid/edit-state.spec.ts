import { ErrorCode } from '@ntm/shared';
import type { GridColumn } from './columns';
import {
  applyEdits,
  clearProblemFields,
  commitEdits,
  discardEdits,
  emptyHistory,
  mergeSaved,
  planSave,
  redoEdits,
  undoEdits,
  type CellChange,
  type EditEnv,
  type EditHistory,
  type EditState,
  type RowProblem,
} from './edit-state';

interface Row {
  code: string;
  name: string | null;
  households: number | null;
  version: number;
}

const ctx = { locale: 'vi' as const, t: (key: string) => key };
const columns: GridColumn<Row>[] = [
  { field: 'code', header: 'columns.code', type: 'text' },
  { field: 'name', header: 'columns.name', type: 'text', editable: true, nullable: false },
  { field: 'households', header: 'columns.households', type: 'integer', editable: true },
];
const columnOf = (field: string) => columns.find((c) => c.field === field);

const stored = new Map<string, Row>([
  ['1', { code: '1', name: 'Xã Một', households: 10, version: 1 }],
  ['2', { code: '2', name: 'Xã Hai', households: 20, version: 1 }],
]);
const newBases = new Map<string, Row>([['new:1', { code: 'new:1', name: null, households: null, version: 0 }]]);

const env: EditEnv<Row> = {
  columnOf,
  storedRow: (key) => stored.get(key),
  newBase: (key) => newBases.get(key),
  context: ctx,
};

const text = (key: string, field: string, value: string): CellChange => ({ key, field, input: { text: value } });

/** Applies edits as one undo step, as the composable does. */
function edit(history: EditHistory<Row>, changes: CellChange[], newRows: string[] = []): EditHistory<Row> {
  const { state } = applyEdits(history.state, changes, env, newRows);
  return state ? commitEdits(history, state) : history;
}

const cellValue = (state: EditState<Row>, key: string, field: string) => state.drafts.get(key)?.cells.get(field)?.value;

describe('edit state', () => {
  it('undoes and redoes a paste of many cells as one step', () => {
    const pasted = edit(emptyHistory<Row>(), [
      text('1', 'name', 'Xã Mới'),
      text('1', 'households', '11'),
      text('2', 'households', '22'),
    ]);
    expect(pasted.past).toHaveLength(1);
    expect(cellValue(pasted.state, '1', 'name')).toBe('Xã Mới');
    expect(cellValue(pasted.state, '2', 'households')).toBe(22);

    const undone = undoEdits(pasted)!;
    expect(undone.state.drafts.size).toBe(0);
    expect(undone.past).toHaveLength(0);
    expect(undoEdits(undone)).toBeNull();

    const redone = redoEdits(undone)!;
    expect(redone.state).toBe(pasted.state);
    expect(redoEdits(redone)).toBeNull();
  });

  it('clears redo on a new edit', () => {
    const first = edit(emptyHistory<Row>(), [text('1', 'households', '11')]);
    const undone = undoEdits(first)!;
    expect(undone.future).toHaveLength(1);
    const other = edit(undone, [text('2', 'households', '21')]);
    expect(other.future).toHaveLength(0);
    expect(redoEdits(other)).toBeNull();
    expect(cellValue(other.state, '1', 'households')).toBeUndefined();
    expect(cellValue(other.state, '2', 'households')).toBe(21);
  });

  it('drops a draft cell edited back to its original value, and the row when it has no other', () => {
    const edited = edit(emptyHistory<Row>(), [text('1', 'households', '11'), text('1', 'name', 'Xã Mới')]);
    const back = edit(edited, [text('1', 'households', '10')]);
    expect(back.state.drafts.get('1')?.cells.has('households')).toBe(false);
    expect(cellValue(back.state, '1', 'name')).toBe('Xã Mới');
    const clean = edit(back, [text('1', 'name', 'Xã Một')]);
    expect(clean.state.drafts.has('1')).toBe(false);
    expect(clean.past).toHaveLength(3);
  });

  it('keeps a refused value as its text, and counts what it wrote, refused and skipped', () => {
    const { state, report } = applyEdits(
      emptyHistory<Row>().state,
      [text('1', 'households', 'mười'), text('1', 'code', '9'), text('9', 'name', 'x')],
      env,
    );
    expect(report).toEqual({ written: 1, invalid: 1, skipped: 2, added: 0 });
    const cell = state!.drafts.get('1')!.cells.get('households')!;
    expect(cell).toMatchObject({ value: 10, text: 'mười' });
    expect(cell.issue).not.toBeNull();
  });

  it('makes no step when nothing changes', () => {
    const { state, report } = applyEdits(emptyHistory<Row>().state, [text('1', 'households', '10')], env);
    expect(state).toBeNull();
    expect(report.written).toBe(1);
  });

  it('adds rows with their cells in one step, and undo removes them', () => {
    const added = edit(emptyHistory<Row>(), [text('new:1', 'name', 'Xã Mới')], ['new:1']);
    expect(added.state.added).toEqual(['new:1']);
    expect(cellValue(added.state, 'new:1', 'name')).toBe('Xã Mới');
    expect(undoEdits(added)!.state.added).toEqual([]);

    // A new row keeps its draft when its cells are set back; a required cell left empty is refused.
    const numbered = edit(added, [text('new:1', 'households', '5')]);
    const emptied = edit(numbered, [text('new:1', 'households', ''), text('new:1', 'name', '')]);
    expect([...emptied.state.drafts.get('new:1')!.cells.keys()]).toEqual(['name']);
    expect(emptied.state.added).toEqual(['new:1']);

    const bare = edit(edit(emptyHistory<Row>(), [], ['new:1']), [text('new:1', 'households', '5')]);
    const back = edit(bare, [text('new:1', 'households', '')]);
    expect(back.state.drafts.get('new:1')?.cells.size).toBe(0);
    expect(back.past).toHaveLength(3);

    // An edit of a new row not in the state is skipped.
    const { report } = applyEdits(emptyHistory<Row>().state, [text('new:1', 'name', 'x')], env);
    expect(report.skipped).toBe(1);
  });

  it('discards every edit and new row as one undo step', () => {
    const edited = edit(emptyHistory<Row>(), [text('1', 'households', '11')], ['new:1']);
    const discarded = discardEdits(edited);
    expect(discarded.state.drafts.size).toBe(0);
    expect(discarded.state.added).toEqual([]);
    expect(undoEdits(discarded)!.state).toBe(edited.state);
    expect(discardEdits(discarded)).toBe(discarded);
  });

  it('plans a save: changed fields of edited rows, every editable field of new rows', () => {
    const edited = edit(
      emptyHistory<Row>(),
      [text('1', 'households', '11'), text('new:1', 'name', 'Xã Mới')],
      ['new:1'],
    );
    const baseOf = (key: string) => stored.get(key) ?? newBases.get(key);
    const { rows, problems } = planSave(edited.state, ['1', 'new:1'], { baseOf, columns, context: ctx });
    expect(problems.size).toBe(0);
    expect(rows.map((r) => [r.key, r.isNew, r.changed])).toEqual([
      ['1', false, ['households']],
      ['new:1', true, ['name', 'households']],
    ]);
    expect(rows[0].row.households).toBe(11);
    expect(rows[0].origin).toBe(stored.get('1'));
  });

  it('after a save, keeps only the edits made while it was out, on the rows as saved', () => {
    const sentFrom = edit(
      emptyHistory<Row>(),
      [text('1', 'households', '11'), text('2', 'households', '21'), text('new:1', 'name', 'Xã Mới')],
      ['new:1'],
    );
    // While the request is out: row 1 is edited again (to the value being saved, and another
    // cell), and a row not sent is edited.
    const during = edit(sentFrom, [text('1', 'name', 'Xã Một Mới')]);
    const sent = [
      { key: '1', isNew: false },
      { key: '2', isNew: false },
      { key: 'new:1', isNew: true },
    ];
    const saved: Row[] = [
      { code: '1', name: 'Xã Một', households: 11, version: 2 },
      { code: '2', name: 'Xã Hai', households: 21, version: 2 },
      { code: '3', name: 'Xã Mới', households: null, version: 1 },
    ];
    const after = mergeSaved(sentFrom.state, during.state, sent, saved, columnOf);
    expect(after.added).toEqual([]);
    expect([...after.drafts.keys()]).toEqual(['1']);
    const row1 = after.drafts.get('1')!;
    expect(row1.origin).toBe(saved[0]);
    expect([...row1.cells.keys()]).toEqual(['name']);
    expect(row1.cells.get('name')?.value).toBe('Xã Một Mới');

    const unsent = edit(during, [text('2', 'name', 'Xã Hai Mới')]);
    const onlyOne = mergeSaved(sentFrom.state, unsent.state, sent.slice(0, 1), saved.slice(0, 1), columnOf);
    expect(onlyOne.drafts.get('2')?.cells.get('name')?.value).toBe('Xã Hai Mới');
    expect(onlyOne.added).toEqual(['new:1']);
  });

  it("clears the server's word on cells being changed again", () => {
    const problem: RowProblem = {
      code: ErrorCode.BAD_USER_INPUT,
      reason: { key: 'x' },
      fields: { name: { key: 'x' }, households: { key: 'y' } },
    };
    const problems = new Map([['1', problem]]);
    const one = clearProblemFields(problems, new Map([['1', new Set(['name'])]]));
    expect(Object.keys(one.get('1')!.fields)).toEqual(['households']);
    expect(clearProblemFields(one, new Map([['1', new Set(['households'])]])).has('1')).toBe(false);
    expect(clearProblemFields(problems, new Map([['2', new Set(['name'])]]))).toBe(problems);
  });
});
