import { themeQuartz } from 'ag-grid-community';

/**
 * The grid look: Quartz with the app's font and colours. Fonts come from the page, never from a
 * web font service: the app must work without internet access.
 */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontSize: 13,
  headerFontWeight: 600,
  accentColor: '#0f766e',
  foregroundColor: '#1f2933',
  headerBackgroundColor: '#f1f5f4',
  selectedRowBackgroundColor: '#d9f2ee',
  rowHoverColor: '#f3faf8',
  borderColor: '#d5dedb',
  wrapperBorderRadius: 8,
  rowHeight: 38,
  headerHeight: 40,
  cellHorizontalPadding: 12,
});
