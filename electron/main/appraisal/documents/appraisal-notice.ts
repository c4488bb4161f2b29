import { GRADE_LABELS, GRADES, type Grade } from '@shared/appraisal/model'
import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { NAME_ORDERS } from '@shared/rules/name-order-choices'
import { z } from 'zod'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions } from '../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../print/parts/notice-frame'
import { chineseDate } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { decidedRows, printedAppraisal } from './common'

export interface AppraisalNoticeData {
  unit: PrintUnit
  graded: number
  counts: Record<Grade, number>
  /** Those posted by name: the 优秀 only, or everyone when asked. */
  listed: { name: string; teamName: string; grade: string }[]
  listAll: boolean
  paper: 'A4' | 'A3'
  noticeFrom: string
  noticeTo: string
  date: string
}

/** 年终评优结果公示: the branch's decisions, 优秀 by name, the counts of every grade, with the 公示期 and 监督电话. */
export const appraisalNotice = defineDocument({
  id: 'appraisal-notice',
  title: '年终评优结果公示',
  stage: 'appraisal',
  group: '年终评优',
  description: '支部评定的年终等次：优秀党员名单、各等次人数、公示期和监督电话',
  options: documentOptions(
    {
      year: printOptions.year,
      allowMissingGlyphs: printOptions.allowMissingGlyphs,
      paper: printOptions.paper(['A4', 'A3']),
      nameOrder: z.enum(NAME_ORDERS).default('strokes'),
      listAll: z.boolean().default(false),
      noticeFrom: daySchema,
      noticeTo: daySchema,
      date: daySchema.optional()
    },
    { listAll: '公示范围' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'noticePeriod', required: true },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' },
    { kind: 'switch', field: 'listAll', label: '公示范围', on: '列出每人的等次', off: '只列优秀党员，其余公布人数' },
    { kind: 'nameOrder' }
  ],
  gather(db, options, context) {
    if (options.noticeTo < options.noticeFrom) throw new AppError('INVALID_INPUT', '公示期的结束日期不能早于开始日期')
    const unit = printUnit(db, options.year)
    const rows = decidedRows(printedAppraisal(db, options.year, context), options.nameOrder)
    const counts = Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.decision.grade === g).length])) as Record<Grade, number>
    const listed = rows.filter((r) => options.listAll || r.decision.grade === 'excellent').map((r) => ({ name: r.name, teamName: r.teamName, grade: GRADE_LABELS[r.decision.grade] }))
    const data: AppraisalNoticeData = { unit, graded: rows.length, counts, listed, listAll: options.listAll, paper: options.paper, noticeFrom: options.noticeFrom, noticeTo: options.noticeTo, date: options.date ?? context.today }
    return { data, scope: '' }
  },
  build(input: AppraisalNoticeData, { measure }) {
    const { unit, counts } = input
    const countsText = GRADES.map((g) => `${GRADE_LABELS[g]}${counts[g]}名`).join('，')
    const table: TableCell[][] = input.listed.map((row, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: row.name, alignment: 'center' },
      { text: row.teamName, alignment: 'center' },
      { text: row.grade, alignment: 'center' }
    ])
    const body: Content[] = [
      noticeHeading(input.listAll ? '评定结果' : `优秀党员（${counts.excellent}名）`),
      input.listed.length
        ? {
            table: {
              headerRows: 1,
              widths: [36, fitColumn(['姓名', ...input.listed.map((r) => r.name)], measure, 60, 90), '*', 80],
              body: [[headerCell('序号'), headerCell('姓名'), headerCell('所在班组'), headerCell('评定等次')], ...table]
            },
            layout: noticeTableLayout
          }
        : { text: '本年度未评出优秀党员。', margin: [0, 0, 0, 6] }
    ]
    return noticeDocument({
      unit,
      title: `${unit.unitName}${unit.year}年度民主评议党员结果公示`,
      paper: input.paper,
      orientation: 'portrait',
      paragraphs: [
        `根据“三亮三比三评”活动安排，经个人自评、党员互评、民主测评和群众评议，${unit.branchName || '党支部'}研究评定了${unit.year}年度党员等次。参加评定的正式党员${input.graded}名，其中${countsText}。现予公示。`,
        `公示期为${chineseDate(input.noticeFrom)}至${chineseDate(input.noticeTo)}。`
      ],
      body,
      closing: [`公示期间如有异议，请向${unit.branchName || '党支部'}反映。${unit.supervisionPhone ? `监督电话：${unit.supervisionPhone}。` : ''}`],
      date: input.date
    })
  }
})
