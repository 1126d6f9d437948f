/** A table of a chart's numbers: what a screen reader reads instead of the picture (WCAG 1.1.1). */
export interface ChartTable {
  caption: string
  headers: string[]
  rows: (string | number)[][]
}
