/**
 * The parts of ECharts the app draws with, registered once (tree-shaken: only these end up in the charts chunk, which
 * loads with the first page that shows a chart, never with the initial bundle).
 */
import { use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer])

/** Colours of the Carbon palette that read on both themes. */
export const PALETTE = ['#4589ff', '#24a148', '#a56eff', '#fa4d56', '#1192e8', '#ff832b', '#009d9a', '#ee5396']

export function axisColors(dark: boolean) {
  return {
    text: dark ? '#c6c6c6' : '#525252',
    line: dark ? '#525252' : '#c6c6c6',
    split: dark ? '#393939' : '#e0e0e0',
  }
}
