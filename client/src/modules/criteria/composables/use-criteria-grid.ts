import { computed } from 'vue';
import { placeRefusals, useSheetGrid, type GridColumn } from '@/grid';
import { message } from '@/i18n/message';
import { saveEvaluations } from '../api';
import { criterionField, evaluationInputs, isIndicator, withMetCount, type Criterion, type MatrixRow } from '../matrix';
import type { CriteriaMatrixList } from './use-criteria-matrix';

/** The grid's test id, and the key of its saved layout. */
export const CRITERIA_GRID_ID = 'criteria-grid';

export interface CriteriaGridOptions {
  matrix: CriteriaMatrixList;
  year: () => number;
  districtCode: () => string | null;
  /** Show the indicators' columns (13.3, 17.4…), each after its criterion. */
  showIndicators: () => boolean;
  /** Evaluations were saved. */
  onSaved?: () => void;
  /** Rows were refused as LOCKED or FORBIDDEN: the locks may have changed since the page read. */
  onRefused?: () => void;
}

/** A tick column of a criterion or an indicator: its code as header, its name as tooltip. */
function criterionColumn(criterion: Criterion, hidden: boolean): GridColumn<MatrixRow> {
  return {
    field: criterionField(criterion.code),
    header: criterion.code,
    headerRaw: true,
    headerTooltip: `${criterion.code}. ${criterion.name}`,
    label: message(isIndicator(criterion) ? 'criteria.indicatorLabel' : 'criteria.criterionLabel', {
      code: criterion.code,
      name: criterion.name,
    }),
    type: 'boolean',
    nullable: true,
    editable: true,
    width: isIndicator(criterion) ? 58 : 48,
    filter: false,
    // The total row: how many communes meet it.
    total: true,
    hide: hidden,
  };
}

/**
 * The criteria matrix as a sheet grid: ticks edited as in a spreadsheet, the count of criteria
 * met following the ticks, every changed cell saved in one `saveEvaluations` call with its own
 * version, and the cells the server refuses marked where they are.
 */
export function useCriteriaGrid(options: CriteriaGridOptions) {
  const { matrix } = options;

  const columns = computed<GridColumn<MatrixRow>[]>(() => {
    const criteria = matrix.criteria.value;
    const showIndicators = options.showIndicators();
    const cols: GridColumn<MatrixRow>[] = [
      { field: 'code', header: 'criteria.columns.code', type: 'text', width: 80 },
      {
        field: 'name',
        header: 'criteria.columns.name',
        type: 'text',
        width: 180,
        totalLabel: true,
      },
      {
        field: 'metCount',
        header: 'criteria.columns.metCount',
        type: 'integer',
        width: 96,
        total: false,
      },
    ];
    // Criteria in the decision's order, each followed by its indicators.
    for (const criterion of criteria.filter((c) => !isIndicator(c))) {
      cols.push(criterionColumn(criterion, false));
      for (const indicator of criteria.filter((c) => c.parentCode === criterion.code)) {
        cols.push(criterionColumn(indicator, !showIndicators));
      }
    }
    return cols;
  });

  const grid = useSheetGrid<MatrixRow>({
    id: CRITERIA_GRID_ID,
    columns: () => columns.value,
    rowKey: (row) => row.code,
    rowEditable: (row) => row.editable,
    label: (row) => `${row.name} (${row.code})`,
    scope: () => matrix.queryKey.value,
    derive: (row) => withMetCount(row, matrix.criteria.value),
    source: {
      store: matrix.store,
      async save(rows) {
        const district = options.districtCode();
        const setKey = matrix.set.value?.key;
        if (!district || !setKey) throw new Error('No criteria matrix to save to');
        const { inputs, origins } = evaluationInputs(rows, matrix.criteria.value, {
          districtCode: district,
          year: options.year(),
          setKey,
        });
        let saved;
        try {
          saved = await saveEvaluations(inputs);
        } catch (error) {
          // Each refused evaluation on the commune's row, and on the criterion's cell.
          throw placeRefusals(error, (index) => origins[index] ?? null);
        }
        const byCode = new Map(saved.map((row) => [row.unit.code, matrix.toRow(row)]));
        return rows.map((row) => byCode.get(row.key) ?? withMetCount(row.row, matrix.criteria.value));
      },
      reload: (code) => matrix.fetchRow(code),
    },
    onSaved: () => options.onSaved?.(),
    onRefused: options.onRefused,
  });

  return { grid, columns };
}
