import {
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  DateFilterModule,
  HighlightChangesModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

let registered = false;

/**
 * The AG Grid features the app uses, and no more: each module costs bundle size. A grid option
 * that needs a missing module is reported in the console in development (ValidationModule).
 */
export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    ClientSideRowModelApiModule,
    RowApiModule,
    RenderApiModule,
    ScrollApiModule,
    TextEditorModule,
    CheckboxEditorModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    QuickFilterModule,
    SelectEditorModule,
    PinnedRowModule,
    ColumnApiModule,
    RowSelectionModule,
    CellStyleModule,
    RowStyleModule,
    HighlightChangesModule,
    TooltipModule,
    LocaleModule,
  ]);
  if (import.meta.env.DEV) ModuleRegistry.registerModules([ValidationModule]);
}
