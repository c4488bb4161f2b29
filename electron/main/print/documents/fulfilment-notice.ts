import { chineseDate } from '../typography'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from './notice-frame'
import type { BuildDocument, FulfilmentNoticeInput, TableCell } from './types'

/** 承诺践诺情况公示: what each member did about the pledges and the assessment result, with the notice period. */
export const buildFulfilmentNotice: BuildDocument<FulfilmentNoticeInput> = (input, { measure }) => {
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
