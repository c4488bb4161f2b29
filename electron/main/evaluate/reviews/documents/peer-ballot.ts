import { printOptions } from '@shared/model/print'
import { PEER_BY_LABELS } from '@shared/evaluate/reviews/model'
import { periodTitle } from '@shared/rules/review-dates'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions, selectionOptions } from '../../../print/options'
import { fitColumn } from '../../../print/parts/notice-frame'
import { INK, mm, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { reviewMembers } from '../members'
import { formTableLayout, formTitle, halfControl, halfOption, labelCell, roundFor } from './common'

export interface PeerBallotData {
  unit: PrintUnit
  title: string
  grades: string[]
  /** One table per criterion when graded per criterion; one untitled table otherwise. */
  sections: { heading: string }[]
  members: { name: string; teamName: string }[]
}

/**
 * 党员互评票: every member pre-printed in the chosen order with a √ column per grade and a
 * 存在问题 column. Anonymous: no name line for the rater, who leaves his own row empty.
 */
export const peerBallot = defineDocument({
  id: 'peer-ballot',
  title: '党员互评票',
  stage: 'evaluate',
  group: '党员自评互评',
  description: '参加互评的党员（默认全体）按所选顺序印好姓名，每个等次一栏划“√”，另有存在问题栏；不记名，本人一栏不填',
  options: documentOptions({ ...selectionOptions, paper: printOptions.paper(['A4']), half: halfOption }, { half: '半年' }),
  controls: [{ kind: 'year' }, halfControl, { kind: 'paper', choices: ['A4'] }, { kind: 'scope' }, { kind: 'nameOrder' }],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const round = roundFor(db, options.year, options.half)
    const members = reviewMembers(db, options).map(({ name, teamName }) => ({ name, teamName }))
    const title = `${periodTitle(round.year, round.half)}党员互评票`
    const sections = round.peerBy === 'perCriterion' ? round.memberCriteria.map((c) => ({ heading: `${PEER_BY_LABELS.perCriterion}：${c.text}` })) : [{ heading: '' }]
    return { data: { unit, title, grades: round.peerGrades.map((g) => g.label), sections, members } satisfies PeerBallotData, scope: `${members.length}人` }
  },
  build(input: PeerBallotData, { measure }) {
    // A √ needs little room: two characters wide, a longer grade name (基本合格) wraps in its header.
    const gradeWidth = 2 * SIZE.no5 + 12
    const nameWidth = fitColumn(['姓名', ...input.members.map((m) => m.name)], measure, 48, 80, SIZE.no5)
    const teamWidth = fitColumn(['所在班组', ...input.members.map((m) => m.teamName)], measure, 56, 110, SIZE.no5)
    const table = (): Content => ({
      table: {
        headerRows: 1,
        widths: [26, nameWidth, teamWidth, ...input.grades.map(() => gradeWidth), '*'],
        body: [
          [labelCell('序号'), labelCell('姓名'), labelCell('所在班组'), ...input.grades.map((g) => labelCell(g)), labelCell('存在问题（意见）')],
          ...input.members.map((m, n): TableCell[] => [{ text: String(n + 1), alignment: 'center' }, { text: m.name, alignment: 'center' }, { text: m.teamName, alignment: 'center' }, ...input.grades.map(() => ({ text: '' })), { text: '' }])
        ],
        heights: (row: number) => (row === 0 ? 0 : 16)
      },
      layout: formTableLayout
    })
    return {
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [mm(18), mm(16), mm(18), mm(16)],
      info: { title: `${input.unit.unitName}${input.title}` },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.no5, color: INK },
      content: input.sections.flatMap((section, n): Content[] => [
        { ...formTitle(input.title), ...(n > 0 ? { pageBreak: 'before' as const } : {}) },
        { text: `${input.unit.unitName}　${input.unit.branchName}`, alignment: 'center', margin: [0, 0, 0, 6] },
        ...(section.heading ? [{ text: section.heading, font: FONT_NAMES.sans, bold: true, margin: [0, 0, 0, 4] } as Content] : []),
        { text: `说明：请在每位党员相应等次栏内划“√”，每人只选一个等次；本人一栏不填。本票不记名，填好后投入票箱。`, margin: [0, 0, 0, 6] },
        table()
      ])
    }
  }
})
