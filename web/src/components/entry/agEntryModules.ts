/**
 * AG Grid Community modules the entry grid adds to the app's grid set-up (agGrid.ts): editors (text, date string,
 * large text, custom Vue editors), row selection with checkboxes, and pinned columns. Enterprise features (clipboard,
 * cell ranges, fill handle, rich select, undo of row operations) are replaced by our own code: see useEntryGrid.
 */
import {
  CustomEditorModule,
  DateEditorModule,
  LargeTextEditorModule,
  ModuleRegistry,
  RowSelectionModule,
  ScrollApiModule,
  TextEditorModule,
} from 'ag-grid-community'
import '@/components/grid/agGrid'

ModuleRegistry.registerModules([TextEditorModule, DateEditorModule, LargeTextEditorModule, CustomEditorModule, RowSelectionModule, ScrollApiModule])

export { carbonGridTheme, gridLocaleText } from '@/components/grid/agGrid'
