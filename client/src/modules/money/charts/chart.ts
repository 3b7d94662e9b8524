/** What a bar chart is given to draw. */

export interface BarSeries {
  /** Shown in the legend, the tooltip and the table's heading. */
  name: string;
  /** One value per category, in the categories' order. */
  values: readonly number[];
  /** Colour of the series: its legend swatch, and its bars unless `colors` has one. */
  color: string;
  /** A colour per bar, when a bar's colour says something of its own (met, missed). */
  colors?: readonly string[];
}

/** A dashed line across the plot at a value, named at its right end. */
export interface ReferenceLine {
  value: number;
  label: string;
  color: string;
}
