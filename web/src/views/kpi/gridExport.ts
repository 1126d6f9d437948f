/** CSV export for the detail pages' grids (AG Grid's own export), registered once next to the app's grid modules. */
import { CsvExportModule, ModuleRegistry } from 'ag-grid-community'

ModuleRegistry.registerModules([CsvExportModule])
