import { invalid } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { fundTotals, yuan, type FundTotals } from '@shared/followup/fund-totals'
import type { FundLine } from '@shared/followup/funds'
import { daySchema } from '@shared/rules/dates'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions } from '../../print/options'
import { headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../print/parts/notice-frame'
import { SIZE } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'

export interface FundsData {
  unit: PrintUnit
  byActivity: FundTotals[]
  total: FundTotals
  lines: Pick<FundLine, 'on' | 'activity' | 'summary' | 'voucher' | 'direction' | 'amountFen'>[]
  date: string
}

/** An amount in 元; an empty cell for none, unless `always` (a 结余 of 0.00 is a figure). */
const money = (fen: number, { bold = false, always = false } = {}): TableCell => ({ text: fen || always ? yuan(fen) : '', alignment: 'right', bold })

/** 经费收支汇总表: totals per activity, then every line in date order, for the 经费保障 record of the year. */
export const fundsSummary = defineDocument({
  id: 'funds-summary',
  title: '活动经费收支汇总表',
  stage: 'followup',
  group: '经费',
  description: '按活动汇总的经费收入、支出和结余，附收支明细',
  options: documentOptions({ year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, date: daySchema.optional() }),
  controls: [{ kind: 'year' }, { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const lines = db.fundLines.filter((l) => l.year === options.year).sort((a, b) => a.on.localeCompare(b.on))
    if (!lines.length) throw invalid(`${options.year}年度还没有经费收支记录`)
    const { byActivity, total } = fundTotals(lines)
    const data: FundsData = {
      unit,
      byActivity,
      total,
      lines: lines.map(({ on, activity, summary, voucher, direction, amountFen }) => ({ on, activity, summary, voucher, direction, amountFen })),
      date: options.date ?? context.today
    }
    return { data, scope: '' }
  },
  build(data: FundsData) {
    const sumRow = (t: FundTotals, label: string): TableCell[] => {
      const bold = !t.activity
      return [{ text: label, bold }, { text: String(t.lines), alignment: 'center', bold }, money(t.incomeFen, { bold }), money(t.spendingFen, { bold }), money(t.balanceFen, { bold, always: true })]
    }
    return noticeDocument({
      unit: data.unit,
      title: `${data.unit.year}年度活动经费收支汇总表`,
      paper: 'A4',
      orientation: 'portrait',
      paragraphs: [],
      body: [
        { text: `“三亮三比三评”活动　　单位：${data.unit.unitName}　　金额单位：元`, fontSize: SIZE.no5, margin: [0, 0, 0, 6] },
        {
          table: {
            headerRows: 1,
            widths: ['*', 40, 80, 80, 80],
            body: [['活动', '笔数', '收入', '支出', '结余'].map(headerCell), ...data.byActivity.map((t) => sumRow(t, t.activity)), sumRow(data.total, '合计')]
          },
          layout: noticeTableLayout
        },
        noticeHeading('收支明细'),
        {
          table: {
            headerRows: 1,
            widths: [62, 70, '*', 40, 60, 60],
            body: [
              ['日期', '活动', '摘要', '凭证号', '收入', '支出'].map(headerCell),
              ...data.lines.map((l): TableCell[] => [
                { text: l.on, alignment: 'center' },
                { text: l.activity },
                { text: l.summary },
                { text: l.voucher, alignment: 'center' },
                money(l.direction === 'income' ? l.amountFen : 0),
                money(l.direction === 'spending' ? l.amountFen : 0)
              ]),
              [{ text: '合计', colSpan: 4, alignment: 'center', bold: true }, {}, {}, {}, money(data.total.incomeFen, { bold: true }), money(data.total.spendingFen, { bold: true })]
            ]
          },
          layout: noticeTableLayout,
          fontSize: SIZE.no5
        },
        { text: '经办人：　　　　　　　　　　审核人：', fontSize: SIZE.no4, margin: [0, 16, 0, 0] }
      ],
      closing: [],
      date: data.date
    })
  }
})
