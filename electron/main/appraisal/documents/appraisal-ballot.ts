import { GRADE_LABELS, GRADES } from '@shared/appraisal/model'
import { printOptions } from '@shared/model/print'
import { NAME_ORDERS } from '@shared/rules/name-order-choices'
import { excellentQuota } from '@shared/rules/appraisal'
import { z } from 'zod'
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import { documentOptions } from '../../print/options'
import { fitColumn, headerCell, noticeTableLayout } from '../../print/parts/notice-frame'
import { pageNumberFooter } from '../../print/parts/pieces'
import { INK, mm, SIZE } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { printedAppraisal } from './common'
import { sortByName } from '@shared/rules/name-order'

export interface AppraisalBallotData {
  unit: PrintUnit
  members: { name: string; teamName: string }[]
  quota: number
  paper: 'A4' | 'A3'
}

/**
 * 民主评议党员测评表: every graded member pre-printed in the chosen order (姓氏笔画 by default), a √
 * column per grade and a 存在问题 column, the 优秀 limit in the instructions. Anonymous: no rater line.
 */
export const appraisalBallot = defineDocument({
  id: 'appraisal-ballot',
  title: '民主评议党员测评表',
  stage: 'appraisal',
  group: '年终评优',
  description: '空白测评表：正式党员姓名预先印好，每人一行，按等次划“√”，附存在问题栏',
  options: documentOptions({
    year: printOptions.year,
    allowMissingGlyphs: printOptions.allowMissingGlyphs,
    paper: printOptions.paper(['A4', 'A3']),
    nameOrder: z.enum(NAME_ORDERS).default('strokes')
  }),
  controls: [{ kind: 'year' }, { kind: 'paper', choices: ['A4', 'A3'] }, { kind: 'nameOrder' }],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const overview = printedAppraisal(db, options.year, context)
    const graded = sortByName(
      overview.rows.filter((row) => row.graded),
      (row) => row.name,
      options.nameOrder
    )
    return {
      data: { unit, members: graded.map((row) => ({ name: row.name, teamName: row.teamName })), quota: excellentQuota(overview.config, graded.length), paper: options.paper },
      scope: ''
    }
  },
  build(input: AppraisalBallotData, { measure }): TDocumentDefinitions {
    const { unit } = input
    const gradeColumns = GRADES.map(() => 44)
    const rows: TableCell[][] = input.members.map((member, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: member.name, alignment: 'center' },
      { text: member.teamName, alignment: 'center', fontSize: SIZE.no5 },
      ...GRADES.map(() => ({ text: '' })),
      { text: '' }
    ])
    return {
      pageSize: input.paper,
      pageOrientation: 'portrait',
      pageMargins: [mm(20), mm(20), mm(20), mm(20)],
      info: { title: '民主评议党员测评表', author: unit.signature },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
      footer: pageNumberFooter(SIZE.no5),
      content: [
        { text: `${unit.unitName}${unit.year}年度民主评议党员测评表`, bold: true, fontSize: SIZE.small2, alignment: 'center', margin: [0, 0, 0, 8] },
        {
          text: `说明：请在每位党员相应的等次栏内划“√”，每人只划一项；评为“优秀”的不超过${input.quota}名，超过视为废票。对“基本合格”“不合格”的，请在“存在问题”栏写明原因。本表不记名。`,
          fontSize: SIZE.no5,
          lineHeight: 1.3,
          margin: [0, 0, 0, 8]
        },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [28, fitColumn(['姓名', ...input.members.map((m) => m.name)], measure, 52, 80), fitColumn(['班组', ...input.members.map((m) => m.teamName)], measure, 56, 96, SIZE.no5), ...gradeColumns, '*'],
            heights: (row: number) => (row === 0 ? 24 : 26),
            body: [[headerCell('序号'), headerCell('姓名'), headerCell('班组'), ...GRADES.map((g) => headerCell(GRADE_LABELS[g])), headerCell('存在问题')], ...rows]
          },
          layout: noticeTableLayout
        },
        { text: `${unit.branchName || unit.unitName}　　　年　　月　　日`, alignment: 'right', margin: [0, 12, 0, 0], fontSize: SIZE.no5 }
      ]
    }
  }
})
