import { ErrorCode } from '@ntm/shared';
import { ApiError } from '@/api/errors';
import type { ProposedChange } from './api';
import { canApply, changeInput, effectEntity, formatDong, missingSuccessors, proposedChoices } from './proposal';
import { catalogueErrorMessage, refusalMessage, refusedRows, rowMessages } from './refusals';

const change = (over: Partial<ProposedChange> & Pick<ProposedChange, 'kind' | 'code'>): ProposedChange => ({
  level: 'COMMUNE',
  oldName: null,
  name: null,
  type: null,
  oldParentCode: null,
  parentCode: null,
  successorCode: null,
  reason: null,
  candidates: [],
  ...over,
});

const proposal: ProposedChange[] = [
  change({ kind: 'CREATE', code: '20674', name: 'Xã Quế Phước', type: 'COMMUNE', parentCode: '509' }),
  change({
    kind: 'RENAME',
    code: '20821',
    oldName: 'Xã Bình Định Bắc',
    name: 'Xã Bình Định',
    type: 'COMMUNE',
    oldParentCode: '513',
    parentCode: '513',
  }),
  change({
    kind: 'MOVE',
    code: '20668',
    oldName: 'Xã Quế Lộc',
    name: 'Xã Quế Lộc',
    type: 'COMMUNE',
    oldParentCode: '519',
    parentCode: '509',
  }),
  change({
    kind: 'MERGE',
    code: '20822',
    oldName: 'Xã Bình Định Nam',
    oldParentCode: '513',
    successorCode: '20821',
    reason: 'SAME_STEM',
    candidates: ['20821', '20824'],
  }),
  change({
    kind: 'MERGE',
    code: '20761',
    oldName: 'Xã Tam Thái',
    oldParentCode: '512',
    candidates: ['20758', '20764'],
  }),
];

const dmy = (iso: string) => iso.split('-').reverse().join('/');

describe('a catalogue proposal as the change to send', () => {
  it('chooses the evident successors and asks for the others', () => {
    const choices = proposedChoices(proposal);
    expect([...choices]).toEqual([[3, '20821']]);
    expect(missingSuccessors(proposal, choices)).toEqual([4]);
    expect(canApply(proposal, choices, '2025-03-01', 'NQ 1190')).toBe(false);
    const chosen = new Map(choices).set(4, '20758');
    expect(canApply(proposal, chosen, '2025-03-01', 'NQ 1190')).toBe(true);
    expect(canApply(proposal, chosen, '2025-03-01', '   ')).toBe(false);
    expect(canApply(proposal, chosen, '01/03/2025', 'NQ 1190')).toBe(false);
    expect(canApply([], new Map(), '2025-03-01', 'NQ 1190')).toBe(false);
  });

  it('sends every item in order: merged units with their successor and no parent, the others with theirs', () => {
    const input = changeInput(
      proposal,
      new Map([
        [3, '20821'],
        [4, '20758'],
      ]),
      '2025-03-01',
      '  Nghị quyết 1190/NQ-UBTVQH15 ',
    );
    expect(input.effectiveOn).toBe('2025-03-01');
    expect(input.decision).toBe('Nghị quyết 1190/NQ-UBTVQH15');
    expect(input.items).toEqual([
      { kind: 'CREATE', code: '20674', name: 'Xã Quế Phước', type: 'COMMUNE', parentCode: '509', successorCode: null },
      { kind: 'RENAME', code: '20821', name: 'Xã Bình Định', type: 'COMMUNE', parentCode: '513', successorCode: null },
      { kind: 'MOVE', code: '20668', name: 'Xã Quế Lộc', type: 'COMMUNE', parentCode: '509', successorCode: null },
      { kind: 'MERGE', code: '20822', name: null, type: null, parentCode: null, successorCode: '20821' },
      { kind: 'MERGE', code: '20761', name: null, type: null, parentCode: null, successorCode: '20758' },
    ]);
    // A successor not chosen travels as null: the server names the row.
    expect(changeInput(proposal, new Map(), '2025-03-01', 'x').items[4].successorCode).toBeNull();
  });

  it('shows whole đồng exactly, grouped as the language writes numbers', () => {
    expect(formatDong('600000000', 'vi')).toBe('600.000.000');
    expect(formatDong('600000000', 'en')).toBe('600,000,000');
    // Beyond what a float holds.
    expect(formatDong('9007199254740993', 'vi')).toBe('9.007.199.254.740.993');
    expect(formatDong('n/a', 'vi')).toBe('n/a');
  });

  it('names what an effect is about', () => {
    expect(effectEntity({ action: 'RECORDS_CARRIED', entity: 'allocation' })).toEqual({
      key: 'hierarchyChanges.tables.allocation',
    });
    expect(effectEntity({ action: 'TARGET_MERGED', entity: 'ADVANCED 2025' })).toEqual({
      key: 'hierarchyChanges.effects.target',
      params: { level: { key: 'targetLevels.ADVANCED' }, year: '2025' },
    });
    expect(effectEntity({ action: 'UNIT_ENDED', entity: 'MERGE' })).toEqual({ key: 'hierarchyChanges.kinds.MERGE' });
    expect(effectEntity({ action: 'UNIT_RENAMED', entity: 'Xã Bình Định' })).toBe('Xã Bình Định');
    expect(effectEntity({ action: 'RECORDS_MOVED', entity: 'some_new_table' })).toBe('some_new_table');
    expect(effectEntity({ action: 'UNIT_MOVED', entity: null })).toBeNull();
  });
});

describe('refusals in the user’s words', () => {
  const refused = new ApiError({
    code: ErrorCode.BAD_USER_INPUT,
    message: 'Nothing was saved: 2 row(s) refused.',
    extensions: {
      code: 'BAD_USER_INPUT',
      rows: [
        {
          index: 4,
          key: '20761',
          code: 'BAD_USER_INPUT',
          issues: [
            {
              field: 'items.4.successorCode',
              rule: 'required',
              params: { reason: 'a unit that ends needs the unit that carries it' },
            },
          ],
          message: '',
        },
        {
          index: 3,
          key: '20822',
          code: 'BAD_USER_INPUT',
          issues: [
            {
              field: 'items.3.successorCode',
              rule: 'notAllowed',
              params: {
                why: 'noSuccessorOnDay',
                code: '20999',
                date: '2025-03-01',
                unit: '20822',
                reason: 'no unit 20999 on 2025-03-01 to carry 20822',
              },
            },
          ],
          message: '',
        },
        { index: 0, key: '20674', code: 'FORBIDDEN', issues: [], message: 'You may not add unit 20674' },
      ],
    },
  });

  it('names the items a refused change lists, by their position', () => {
    const rows = refusedRows(refused)!;
    expect(rows.map((r) => r.index)).toEqual([4, 3, 0]);
    expect(rowMessages(rows[0], dmy)).toEqual([
      { key: 'validation.required', params: { field: { key: 'hierarchyChanges.fields.successorCode' } } },
    ]);
    expect(rowMessages(rows[1], dmy)).toEqual([
      {
        key: 'hierarchyChanges.reasons.noSuccessorOnDay',
        params: { code: '20999', date: '01/03/2025', unit: '20822' },
      },
    ]);
    expect(rowMessages(rows[2], dmy)).toEqual([{ key: 'errors.FORBIDDEN' }]);
    expect(refusedRows(new ApiError({ code: ErrorCode.CONFLICT, message: 'x' }))).toBeNull();
    expect(refusedRows(new Error('x'))).toBeNull();
  });

  it('says why a revert was refused, in the server’s words when it has no sentence for them', () => {
    const revert = (reason: string, named: Record<string, string | number> = {}) =>
      refusalMessage(
        new ApiError({
          code: ErrorCode.BAD_USER_INPUT,
          message: `id: is not allowed here: ${reason}`,
          issues: [{ field: 'id', rule: 'notAllowed', params: { ...named, reason } }],
        }),
        dmy,
      );
    expect(
      revert('3 records were entered for its units since it was applied', { why: 'recordedSince', count: 3 }),
    ).toEqual({
      key: 'hierarchyChanges.reasons.recordedSince',
      params: { count: 3 },
    });
    expect(revert('a later change is applied; revert it first', { why: 'laterApplied' })).toEqual({
      key: 'hierarchyChanges.reasons.laterApplied',
    });
    expect(revert('the moon is full')).toEqual({
      key: 'hierarchyChanges.reasons.other',
      params: { field: { key: 'hierarchyChanges.fields.id' }, reason: 'the moon is full' },
    });
    expect(refusalMessage(new ApiError({ code: ErrorCode.CONFLICT, message: 'x' }), dmy)).toEqual({
      key: 'errors.CONFLICT',
    });
  });

  it('says where a file is not a catalogue', () => {
    const error = new ApiError({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'x',
      issues: [
        {
          field: 'catalogue',
          rule: 'invalidFormat',
          params: { format: 'GSO catalogue (data[0].level1_id: a code of 2 digits)' },
        },
      ],
    });
    expect(catalogueErrorMessage(error)).toEqual({
      key: 'hierarchyChanges.update.badCatalogue',
      params: { reason: 'data[0].level1_id: a code of 2 digits' },
    });
    expect(catalogueErrorMessage(new ApiError({ code: ErrorCode.FORBIDDEN, message: 'x' }))).toEqual({
      key: 'hierarchyChanges.update.failed',
      params: { reason: { key: 'errors.FORBIDDEN' } },
    });
  });
});
