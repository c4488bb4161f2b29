import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { FIVE_GOOD_LABELS, FIVE_GOODS, type UnitFigure } from '@shared/model/unit-figure'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions } from '../../print/options'
import { headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../print/parts/notice-frame'
import { printUnit, type PrintUnit } from '../../print/unit'

export interface FiveGoodsData {
  unit: PrintUnit
  figures: UnitFigure[]
  date: string
}

/**
 * 对照“五个好”情况: what the year's records show for the branch under each of the five, every figure
 * with where it came from, for the branch's own 先进基层党组织 review. A criterion no record speaks
 * to says so, rather than being left out.
 */
export const fiveGoods = defineDocument({
  id: 'five-goods',
  title: '对照“五个好”情况',
  stage: 'appraisal',
  group: '年终评优',
  description: '支部本年度的各项数据按“五个好”归类，每项注明来源，供先进基层党组织评议',
  options: documentOptions({ year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, date: daySchema.optional() }),
  controls: [{ kind: 'year' }, { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }],
  gather(db, options, context) {
    return { data: { unit: printUnit(db, options.year), figures: context.stages.unitFigures(db, options.year), date: options.date ?? context.today }, scope: '' }
  },
  build(input: FiveGoodsData) {
    const { unit } = input
    const body: Content[] = FIVE_GOODS.flatMap((criterion, i) => {
      const figures = input.figures.filter((f) => f.criterion === criterion)
      const rows: TableCell[][] = figures.map((f) => [{ text: f.label }, { text: f.value, alignment: 'center' }, { text: f.basis, fontSize: 10.5 }])
      return [
        noticeHeading(`${'一二三四五'[i]}、${FIVE_GOOD_LABELS[criterion]}`),
        figures.length
          ? { table: { headerRows: 1, widths: [150, 64, '*'], body: [[headerCell('项目'), headerCell('数据'), headerCell('来源')], ...rows] }, layout: noticeTableLayout }
          : { text: '本年度的记录中没有这一方面的数据，请另附材料说明。', margin: [0, 0, 0, 4] }
      ] as Content[]
    })
    return noticeDocument({
      unit,
      title: `${unit.branchName || unit.unitName}${unit.year}年度对照“五个好”情况`,
      paper: 'A4',
      orientation: 'portrait',
      paragraphs: [`以下数据均取自本年度“三亮三比三评”活动的记录，按“五个好”归类，供评议先进基层党组织时参考。`],
      body,
      closing: [],
      date: input.date
    })
  }
})
