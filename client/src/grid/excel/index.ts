export { default as GridExcelMenu } from './GridExcelMenu.vue';
export { csvBlob, csvField, tableToCsv } from './csv';
export { datedFileName, saveFile, slug } from './download';
export { tableFromGrid, type GridTableOptions } from './from-grid';
export {
  booleanText,
  isoToDmy,
  sheetValueText,
  text,
  type SheetColumn,
  type SheetTable,
  type SheetValue,
} from './sheet-table';
export { sheetName, tableToXlsx, XLSX_MIME } from './xlsx';
