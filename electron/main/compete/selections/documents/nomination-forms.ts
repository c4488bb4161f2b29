import { AppError } from '@shared/errors'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { documentOptions } from '../../../print/options'
import { FONT_NAMES } from '../../../print/fonts'
import { pageNumberFooter, spacedLabel } from '../../../print/parts/pieces'
import { chinesePunctuation, INK, mm, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { printOptions } from '@shared/model/print'
import { printSelection, SELECTION_GROUP, whichControl, whichOption, yearSelections, type PrintNomination, type PrintSelection } from './common'

export interface NominationFormsData {
  unit: PrintUnit
  forms: { selection: Pick<PrintSelection, 'year' | 'titleName' | 'criteria'>; nomination: PrintNomination }[]
}

const WHICH = ['all', 'open'] as const

/** 推荐审批表: one per nomination, with the 事迹材料 and boxes for the recommending and approving opinions. */
export const nominationForms = defineDocument({
  id: 'selection-nomination-forms',
  title: '评选推荐审批表',
  stage: 'compete',
  group: SELECTION_GROUP,
  description: '每位被推荐人一份：基本情况、推荐理由、主要事迹，推荐意见和审批意见栏（签字、日期）',
  options: documentOptions({ year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, which: whichOption(WHICH, 'all') }, { which: '评选范围' }),
  controls: [
    { kind: 'year' },
    whichControl([
      { value: 'all', label: '本年度全部评选' },
      { value: 'open', label: '尚未公示的评选' }
    ])
  ],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const selections = yearSelections(db, options.year).filter((s) => options.which === 'all' || !s.noticeFrom)
    const forms = selections.flatMap((s) => {
      const printed = printSelection(db, s)
      return printed.nominations.map((nomination) => ({ selection: { year: printed.year, titleName: printed.titleName, criteria: printed.criteria }, nomination }))
    })
    if (!forms.length) throw new AppError('NOTHING_TO_PRINT', `${options.year}年度${options.which === 'open' ? '尚未公示的' : ''}评选中还没有推荐`)
    return { data: { unit, forms }, scope: `${forms.length}份` }
  },
  build(input: NominationFormsData): TDocumentDefinitions {
    return {
      pageSize: 'A4',
      pageMargins: [mm(25), mm(22), mm(22), mm(20)],
      info: { title: '评选推荐审批表', author: input.unit.signature },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
      footer: pageNumberFooter(SIZE.no5),
      content: input.forms.map(({ selection, nomination }, i) => nominationForm(input.unit, selection, nomination, i > 0))
    }
  }
})

const label = (text: string, rowSpan = 1): TableCell => ({ text: spacedLabel(text), font: FONT_NAMES.sans, alignment: 'center', margin: [0, 4, 0, 4], rowSpan })
const value = (text: string, colSpan = 1, below = 4): TableCell => ({ text: chinesePunctuation(text), alignment: colSpan > 1 ? 'left' : 'center', margin: [0, 4, 0, below], colSpan })
const filler = (n: number): TableCell[] => Array.from({ length: n }, () => ({ text: '' }))

/** An opinion box: room to write, then who signs and the date, at the lower right. */
function opinionBox(signer: string): TableCell {
  return {
    colSpan: 5,
    stack: [
      { text: ' ', margin: [0, 0, 0, 44] },
      { text: `${signer}：                  （盖章）`, alignment: 'right', margin: [0, 0, 24, 6] },
      { text: '年      月      日', alignment: 'right', margin: [0, 0, 24, 4] }
    ]
  }
}

function nominationForm(unit: PrintUnit, selection: NominationFormsData['forms'][number]['selection'], nomination: PrintNomination, newPage: boolean): Content {
  const n = nomination.nominee
  const basics: TableCell[][] =
    n.kind === 'team'
      ? [
          [label('集体名称'), value(n.name, 3), ...filler(2), label('类型'), value(n.teamName)],
          [label('负责人'), value(n.leaderName, 3), ...filler(2), label('人数'), value(n.memberCount ? `${n.memberCount}人` : '')]
        ]
      : [
          [label('姓名'), value(n.name), label('性别'), value(n.gender), label('出生年月'), value(n.birth.replace('-', '.'))],
          [label('政治面貌'), value(n.politicalStatus), label('所在班组'), value(n.teamName), label('岗位'), value(n.post)]
        ]
  return {
    pageBreak: newPage ? 'before' : undefined,
    stack: [
      { text: `“${selection.titleName}”推荐审批表`, font: FONT_NAMES.serif, bold: true, fontSize: SIZE.no2, alignment: 'center', margin: [0, 0, 0, 6] },
      { columns: [{ text: `单位：${unit.unitName}`, fontSize: SIZE.no5 }, { text: `${selection.year}年度`, alignment: 'right', fontSize: SIZE.no5 }], margin: [0, 0, 0, 4] },
      {
        table: {
          widths: [60, '*', 56, 104, 60, '*'],
          body: [
            ...basics,
            [label('推荐单位'), value(nomination.recommendedBy, 5), ...filler(4)],
            [label('推荐理由'), value(nomination.reasons, 5, 12), ...filler(4)],
            [
              label('主要事迹'),
              {
                colSpan: 5,
                stack: nomination.deeds
                  ? nomination.deeds.split('\n').map((line) => ({ text: chinesePunctuation(line), fontSize: SIZE.no5, lineHeight: 1.3, leadingIndent: SIZE.no5 * 2, alignment: 'justify' as const, margin: [0, 0, 0, 3] as [number, number, number, number] }))
                  : [{ text: '（事迹材料可另附页）', color: '#888888', margin: [0, 60, 0, 60] }],
                margin: [2, 4, 2, 6]
              },
              ...filler(4)
            ],
            [label('推荐意见'), opinionBox('推荐单位负责人签字'), ...filler(4)],
            [label('审批意见'), opinionBox('审批单位负责人签字'), ...filler(4)]
          ]
        },
        layout: {
          hLineWidth: () => 0.8,
          vLineWidth: () => 0.8,
          hLineColor: () => '#333333',
          vLineColor: () => '#333333',
          paddingLeft: () => 4,
          paddingRight: () => 4
        }
      },
      selection.criteria ? { text: `评选条件：${chinesePunctuation(selection.criteria)}`, fontSize: SIZE.small5, color: '#555555', margin: [0, 6, 0, 0] } : { text: '' }
    ]
  }
}
