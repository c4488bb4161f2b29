import { z } from 'zod'
import { daySchema } from '../rules/dates'

/*
 * The year at a glance (首页): each stage says what is done and what is due, with the screen that
 * deals with it, and gives the charts that read faster than a table. Dates that matter this year
 * come from every stage too (公示期 ends, review rounds) and from the year's own schedule.
 */

export const glanceFigureSchema = z.object({
  label: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().default(''),
  /** Red for overdue, orange for due soon, green for done. */
  tone: z.enum(['normal', 'good', 'warn', 'bad']).default('normal'),
  /** The screen that lists what the figure counts (a hash route). */
  path: z.string().nullable().default(null)
})
export type GlanceFigure = z.input<typeof glanceFigureSchema>

export const glanceChartSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['bar', 'stackedBar', 'line', 'pie']),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
  unit: z.string().default('')
})
export type GlanceChart = z.input<typeof glanceChartSchema>

export const stageGlanceSchema = z.object({
  stage: z.string(),
  label: z.string(),
  path: z.string(),
  figures: z.array(glanceFigureSchema),
  charts: z.array(glanceChartSchema).default([])
})
export type StageGlance = z.input<typeof stageGlanceSchema>

export const keyDateSchema = z.object({
  key: z.string(),
  day: daySchema,
  label: z.string(),
  /** The stage it belongs to (its Chinese name), for the calendar's column. */
  stageLabel: z.string(),
  path: z.string().nullable().default(null)
})
export type KeyDate = z.input<typeof keyDateSchema>
