/**
 * AG Grid Community set-up, loaded only with the grids (settings and import pages): the modules are registered once,
 * and the Quartz theme takes its colours from Vuetify's theme variables, so light/dark follow the app.
 * The theme injects its CSS as <style> elements, which the server's CSP allows (style-src 'unsafe-inline').
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowAutoHeightModule,
  RowStyleModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community'

const modules: Module[] = [
  ClientSideRowModelModule,
  TextEditorModule,
  CellStyleModule,
  RowStyleModule,
  RenderApiModule,
  LocaleModule,
  RowAutoHeightModule,
  TooltipModule,
]
if (import.meta.env.DEV) modules.push(ValidationModule)
ModuleRegistry.registerModules(modules)

const v = (name: string, alpha?: number) =>
  alpha === undefined ? `rgb(var(--v-theme-${name}))` : `rgba(var(--v-theme-${name}), ${alpha})`

/** Quartz with IBM Carbon colours (via Vuetify's CSS variables) and 48 px rows for touch. */
export const carbonGridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 600,
  browserColorScheme: 'inherit',
  backgroundColor: v('surface'),
  foregroundColor: v('on-surface'),
  textColor: v('on-surface'),
  accentColor: v('primary'),
  invalidColor: v('error'),
  headerBackgroundColor: v('surface-variant'),
  headerTextColor: v('on-surface-variant'),
  borderColor: 'rgba(var(--v-border-color), 0.35)',
  rowHoverColor: v('primary', 0.06),
  selectedRowBackgroundColor: v('primary', 0.1),
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  rowHeight: 48,
  headerHeight: 48,
  cellHorizontalPadding: 16,
  iconSize: 16,
})

/** The grid's own texts (mostly for screen readers), in the app's language. */
export function gridLocaleText(t: (key: string) => string): Record<string, string> {
  return {
    loadingOoo: t('grid.loading'),
    noRowsToShow: t('common.noData'),
    ariaSortableColumn: t('grid.ariaSortable'),
    ariaInputEditor: t('grid.ariaEditor'),
    ariaValidationErrorPrefix: t('grid.ariaInvalid'),
    ariaChecked: t('grid.ariaChecked'),
    ariaUnchecked: t('grid.ariaUnchecked'),
  }
}
