import { z } from 'zod'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { configOf } from '@shared/rules/pledge-assessment-basis'
import { ASSESSMENT_PERIOD_LABELS, ASSESSMENT_PERIODS, type AssessmentPeriod } from '@shared/show/model'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions, selectionOptions } from '../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from '../../print/parts/notice-frame'
import { chineseDate } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { memberPledge, pledgeMembers, type PledgeMember } from './common'

export interface FulfilmentRow {
  name: string
  teamName: string
  items: string[]
  /** Fulfilment records in words, newest last: "3月5日 完成……". */
  records: string[]
  /** 好 / 较好 …, or 未评. */
  result: string
  score: number | null
  comment: string
}

export interface FulfilmentNoticeData {
  unit: PrintUnit
  rows: FulfilmentRow[]
  periodLabel: string
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  /** 落款日期, `YYYY-MM-DD`. */
  date: string
  noticeFrom: string
  noticeTo: string
}

/** 承诺践诺情况公示: what each member did about the pledges and the assessment result, with the notice period. */
export const fulfilmentNotice = defineDocument({
  id: 'fulfilment-notice',
  title: '承诺践诺情况公示',
  stage: 'show',
  group: '亮形象',
  description: '践诺情况和评诺结果的公示，含公示期、监督电话和落款',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A4', 'A3']),
      orientation: printOptions.orientation(['landscape', 'portrait']),
      period: z.enum(ASSESSMENT_PERIODS).default('yearEnd'),
      noticeFrom: daySchema,
      noticeTo: daySchema,
      /** 落款日期; today when absent. */
      date: daySchema.optional()
    },
    { period: '评诺时段' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    { kind: 'choice', field: 'period', label: '评诺时段', choices: ASSESSMENT_PERIODS.map((value) => ({ value, label: ASSESSMENT_PERIOD_LABELS[value] })) },
    { kind: 'noticePeriod', required: true },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' },
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    if (options.noticeTo < options.noticeFrom) throw new AppError('INVALID_INPUT', '公示期的结束日期不能早于开始日期')
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, options, options.year, context, false)
    const periodLabel = ASSESSMENT_PERIOD_LABELS[options.period]
    const data: FulfilmentNoticeData = {
      unit,
      rows: fulfilmentRows(db, members, options.year, options.period),
      periodLabel,
      paper: options.paper,
      orientation: options.orientation,
      date: options.date ?? context.today,
      noticeFrom: options.noticeFrom,
      noticeTo: options.noticeTo
    }
    return { data, title: `承诺践诺情况公示\uff08${periodLabel}\uff09` }
  },
  build(input: FulfilmentNoticeData, { measure }) {
    const { unit } = input
    const rows: TableCell[][] = input.rows.map((row, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: row.name, alignment: 'center' },
      { text: row.teamName, alignment: 'center' },
      { stack: row.items.map((text, n) => ({ text: `${n + 1}.${text}` })) },
      { stack: row.records.length ? row.records.map((text) => ({ text })) : [{ text: '\uff08暂无践诺记录\uff09' }] },
      {
        stack: [
          { text: row.result, bold: true, alignment: 'center' },
          ...(row.score !== null ? [{ text: `${row.score}分`, alignment: 'center' as const, fontSize: 10.5 }] : []),
          ...(row.comment ? [{ text: row.comment, fontSize: 10.5 }] : [])
        ]
      }
    ])
    return noticeDocument({
      unit,
      title: `${unit.unitName}${unit.year}年度党员承诺践诺情况公示`,
      paper: input.paper,
      orientation: input.orientation,
      paragraphs: [
        `根据“三亮三比三评”活动安排，经党员自评、组织评价和群众评价，现将${unit.year}年度党员承诺践诺情况\uff08${input.periodLabel}\uff09予以公示。` +
          `公示期为${chineseDate(input.noticeFrom)}至${chineseDate(input.noticeTo)}。`
      ],
      body: [
        {
          table: {
            headerRows: 1,
            widths: [
              28,
              fitColumn(['姓名', ...input.rows.map((r) => r.name)], measure, 48, 72),
              fitColumn(['所在班组', ...input.rows.map((r) => r.teamName)], measure, 56, 110),
              '*',
              '*',
              72
            ],
            body: [[headerCell('序号'), headerCell('姓名'), headerCell('所在班组'), headerCell('承诺事项'), headerCell('践诺情况'), headerCell('评诺结果')], ...rows]
          },
          layout: noticeTableLayout,
          margin: [0, 8, 0, 0]
        }
      ],
      closing: [
        `公示期间，如有意见和建议，请通过电话、来信或来访向${unit.branchName || '党支部'}反映。${unit.supervisionPhone ? `监督电话：${unit.supervisionPhone}。` : ''}`
      ],
      date: input.date
    })
  }
})

function fulfilmentRows(db: Database, members: PledgeMember[], year: number, period: AssessmentPeriod): FulfilmentRow[] {
  const current = db.showSettings.assessment
  return members.map((member) => {
    const pledge = memberPledge(db, member.id, year)
    const records = pledge
      ? db.fulfilments
          .filter((f) => f.pledgeId === pledge.id)
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((f) => `${chineseDate(f.date).replace(/^\d+年/, '')} ${f.content}`)
      : []
    const assessment = pledge && db.pledgeAssessments.find((a) => a.pledgeId === pledge.id && a.period === period)
    // A final result prints as it was fixed, not as today's settings would make it.
    const result = pledge && assessment ? assessmentResult(configOf(assessment, current), pledge, assessment) : null
    return {
      name: member.name,
      teamName: member.teamName,
      items: member.pledgeItems.map((item) => item.content),
      records,
      result: result?.level?.label ?? '未评',
      score: result?.score ?? null,
      comment: assessment?.comment ?? ''
    }
  })
}
