import type { EChartsOption } from 'echarts'
import { BAND_LABELS, percent } from '../../rules/satisfaction'
import type { ObjectResult } from './contract'

/*
 * The 群众评议 charts as ECharts options, one builder each, so the results screen and the printed
 * report draw the same pictures: the screen through renderer/src/components/charts, the report with
 * ECharts' server-side SVG renderer in main. Plain data only (no echarts import at run time), no
 * animation, and the font family passed in: a browser font on screen, a registered pdfmake font in print.
 */

export interface ChartLook {
  fontFamily: string
}

/** 满意 green through 不满意 red, for scales of two to seven levels. */
const LEVEL_COLOURS = ['#2E7D32', '#7CB342', '#F9A825', '#EF6C00', '#C62828', '#8E24AA', '#546E7A']
export const levelColours = (levels: number) =>
  levels <= 4 ? [...LEVEL_COLOURS.slice(0, levels - 1), LEVEL_COLOURS[4]] : LEVEL_COLOURS.slice(0, levels)

const rounded = (rate: number | null) => (rate === null ? null : Math.round(rate * 10) / 10)

/** 政策落实 → 政策 / 落实 under a narrow bar: six four-character names do not fit side by side. */
const wrapName = (name: string) => (name.length > 3 ? `${name.slice(0, Math.ceil(name.length / 2))}\n${name.slice(Math.ceil(name.length / 2))}` : name)

/** The bands' lower bounds as dashed lines, labelled in the right margin. */
const bandLines = (bands: { good: number; fair: number }, look: ChartLook) => ({
  symbol: 'none',
  silent: true,
  label: { position: 'end' as const, fontSize: 10, color: '#555555', fontFamily: look.fontFamily },
  lineStyle: { type: 'dashed' as const, color: '#888888' },
  data: [
    { yAxis: bands.good, label: { formatter: `${BAND_LABELS.good}≥${bands.good}` } },
    { yAxis: bands.fair, label: { formatter: `${BAND_LABELS.fair}≥${bands.fair}` } }
  ]
})

/** Each object's 综合满意率 beside the previous round's: the first picture of the report. */
export function objectsChart(objects: readonly ObjectResult[], look: ChartLook, previousName: string | null): EChartsOption {
  const hasPrevious = objects.some((o) => o.overall.previous !== null)
  const bands = objects[0]?.questionnaire.bands ?? { good: 85, fair: 60 }
  return {
    animation: false,
    textStyle: { fontFamily: look.fontFamily },
    legend: { top: 0, data: hasPrevious ? ['本轮', previousName ?? '上一轮'] : ['本轮'], textStyle: { fontFamily: look.fontFamily } },
    grid: { left: 44, right: 56, top: 32, bottom: 36 },
    xAxis: { type: 'category', data: objects.map((o) => o.questionnaire.object.name), axisLabel: { interval: 0, fontFamily: look.fontFamily, formatter: wrapName } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontFamily: look.fontFamily } },
    series: [
      { name: '本轮', type: 'bar', barMaxWidth: 32, itemStyle: { color: '#C8161D' }, data: objects.map((o) => rounded(o.overall.rate)), markLine: bandLines(bands, look) },
      ...(hasPrevious ? [{ name: previousName ?? '上一轮', type: 'bar' as const, barMaxWidth: 32, itemStyle: { color: '#B0BEC5' }, data: objects.map((o) => rounded(o.overall.previous)) }] : [])
    ]
  }
}

/** 满意率 per dimension this round beside the previous round's, with the bands' lower bounds drawn across. */
export function ratesChart(result: ObjectResult, look: ChartLook, previousName: string | null): EChartsOption {
  const { bands } = result.questionnaire
  const hasPrevious = result.dimensions.some((d) => d.previous !== null)
  const names = result.dimensions.map((d) => d.name)
  return {
    animation: false,
    textStyle: { fontFamily: look.fontFamily },
    legend: { top: 0, data: hasPrevious ? ['本轮', previousName ?? '上一轮'] : ['本轮'], textStyle: { fontFamily: look.fontFamily } },
    grid: { left: 44, right: 56, top: 32, bottom: 36 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, fontFamily: look.fontFamily, formatter: wrapName } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontFamily: look.fontFamily } },
    series: [
      {
        name: '本轮',
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#C8161D' },
        data: result.dimensions.map((d) => rounded(d.rate)),
        markLine: bandLines(bands, look)
      },
      ...(hasPrevious
        ? [{ name: previousName ?? '上一轮', type: 'bar' as const, barMaxWidth: 28, itemStyle: { color: '#B0BEC5' }, data: result.dimensions.map((d) => rounded(d.previous)) }]
        : [])
    ]
  }
}

/** Each dimension's valid answers split by level, as shares stacked to 100%. */
export function levelsChart(result: ObjectResult, look: ChartLook): EChartsOption {
  const { scale } = result.questionnaire
  const colours = levelColours(scale.length)
  const dims = result.dimensions
  return {
    animation: false,
    textStyle: { fontFamily: look.fontFamily },
    legend: { top: 0, data: [...scale], textStyle: { fontFamily: look.fontFamily } },
    grid: { left: 64, right: 16, top: 30, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontFamily: look.fontFamily } },
    yAxis: { type: 'category', data: dims.map((d) => d.name), inverse: true, axisLabel: { fontFamily: look.fontFamily } },
    series: scale.map((level, l) => ({
      name: level,
      type: 'bar' as const,
      stack: 'levels',
      barMaxWidth: 18,
      itemStyle: { color: colours[l] },
      data: dims.map((d) => (d.valid ? Math.round((d.counts[l] * 1000) / d.valid) / 10 : 0)),
      label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) >= 8 ? `${p.value}` : ''), fontSize: 9, color: '#FFFFFF', fontFamily: look.fontFamily }
    }))
  }
}

/** Alt text and the screen reader's summary of a rates chart. */
export const ratesSummary = (result: ObjectResult) => result.dimensions.map((d) => `${d.name}${percent(d.rate)}`).join('，')
