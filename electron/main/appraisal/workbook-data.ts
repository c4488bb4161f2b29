import { GRADE_LABELS, type AppraisalConfig } from '@shared/appraisal/model'
import type { AppraisalOverview } from '@shared/appraisal/contract'
import type { Database } from '@shared/model/database'
import { APPRAISAL_COMPONENT_LABELS, APPRAISAL_COMPONENTS, COUNTED_COMPONENTS, type AppraisalComponent, type CountedComponent, type ScoredComponent } from '@shared/model/appraisal-figure'
import { NAME_ORDER_LABELS, type NameOrder } from '@shared/rules/name-order-choices'
import { sortByName } from '@shared/rules/name-order'

/*
 * What the year-end workbook prints, as plain data (it crosses to the Excel worker): the summary
 * rows with the values the formulas must give, each component's raw figures with their records, and
 * the rules used.
 */

export interface WorkbookRow {
  name: string
  teamName: string
  status: string
  scores: Record<ScoredComponent, number | null>
  counts: Record<CountedComponent, number>
  weighted: number | null
  points: number
  composite: number | null
  rank: number | null
  suggestion: string
  decision: string
  note: string
}

export interface WorkbookFigure {
  name: string
  teamName: string
  value: number
  detail: string
  sources: string
  /** The record's day, `YYYY-MM-DD`, when it has one. */
  on: string | null
}

export interface AppraisalWorkbookData {
  unitName: string
  year: number
  /** 导出日期, `YYYY-MM-DD`. */
  today: string
  nameOrder: string
  status: string
  config: AppraisalConfig
  graded: number
  quota: number
  rows: WorkbookRow[]
  figures: { component: AppraisalComponent; label: string; counted: boolean; entries: WorkbookFigure[] }[]
}

export function workbookData(db: Readonly<Database>, overview: AppraisalOverview, nameOrder: NameOrder, today: string): AppraisalWorkbookData {
  const rows = sortByName(overview.rows, (row) => row.name, nameOrder)
  return {
    unitName: db.settings.unitName || '本单位',
    year: overview.year,
    today,
    nameOrder: NAME_ORDER_LABELS[nameOrder],
    status: overview.status === 'final' ? `已定稿（${overview.finalisedAt?.slice(0, 10) ?? ''}）` : '未定稿',
    config: overview.config,
    graded: overview.graded,
    quota: overview.quota,
    rows: rows.map((row) => ({
      name: row.name,
      teamName: row.teamName,
      status: row.graded ? '正式党员' : '预备党员',
      scores: row.scores,
      counts: row.counts,
      weighted: row.weighted,
      points: row.points,
      composite: row.composite,
      rank: row.rank,
      suggestion: row.suggestion ? GRADE_LABELS[row.suggestion] : '',
      decision: row.decision ? GRADE_LABELS[row.decision.grade] : '',
      note: [row.flagText, row.decision?.note ?? ''].filter(Boolean).join('；')
    })),
    figures: APPRAISAL_COMPONENTS.map((component) => ({
      component,
      label: APPRAISAL_COMPONENT_LABELS[component],
      counted: (COUNTED_COMPONENTS as readonly string[]).includes(component),
      entries: rows.flatMap((row) =>
        row.figures
          .filter((f) => f.component === component)
          .map((f) => ({
            name: row.name,
            teamName: row.teamName,
            value: f.value,
            detail: f.detail,
            sources: f.sources.map((s) => s.label).join('；'),
            on: f.sources.map((s) => s.on).find((on) => on !== null) ?? null
          }))
      )
    }))
  }
}
