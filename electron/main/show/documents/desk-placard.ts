import { z } from 'zod'
import { printOptions } from '@shared/model/print'
import type { PlacardColor } from '@shared/show/model'
import { defineDocument } from '../../print/document'
import type { Measure } from '../../print/measure'
import { documentOptions, selectionOptions } from '../../print/options'
import { spacedName } from '../../print/parts/pieces'
import { tentCardDocument, type FaceLine } from '../../print/parts/tent-card'
import { clampLines, fitOneLine } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { colorControl, colorOption, pledgeMembers, pledgeSummaryText, type PledgeMember } from './common'

export interface DeskPlacardData {
  unit: PrintUnit
  members: PledgeMember[]
  paper: 'A4' | 'A3'
  color: PlacardColor
  showPledge: boolean
}

/** 桌牌: one folded card per member, the name as large as the face allows. */
export const deskPlacard = defineDocument({
  id: 'desk-placard',
  title: '桌牌',
  stage: 'show',
  group: '亮身份',
  description: 'A4横向对折的桌牌，上半部倒置，每人一页',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A4', 'A3']),
      /** Defaults to the stage setting. */
      color: colorOption,
      showPledge: z.boolean().default(true)
    },
    { color: '配色', showPledge: '印承诺摘要' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    colorControl,
    { kind: 'switch', field: 'showPledge', label: '印承诺摘要', on: '印', off: '不印' },
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, options, options.year, context, false)
    return {
      data: { unit, members, paper: options.paper, color: options.color ?? db.showSettings.placardColor, showPledge: options.showPledge } satisfies DeskPlacardData
    }
  },
  build: (input: DeskPlacardData, { measure }) =>
    tentCardDocument(input.paper, input.color, `${input.unit.unitName}桌牌`, input.members, (member, width, height) =>
      deskFace(member, input.showPledge, width, height, measure)
    )
})

export function deskFace(member: PledgeMember, showPledge: boolean, faceWidth: number, faceHeight: number, measure: Measure): FaceLine[] {
  const name = spacedName(member.name)
  const nameSize = fitOneLine(name, faceWidth * 0.82, faceHeight * 0.4, measure, { bold: true })
  const postLine = [member.posts, member.post].filter(Boolean).join('  ') || member.teamName
  const postSize = fitOneLine(postLine, faceWidth * 0.8, faceHeight * 0.075, measure)
  const lines: FaceLine[] = [
    { text: [...member.identity].join(' '), y: 0.2, size: faceHeight * 0.08, bold: true },
    { text: name, y: 0.5 + (nameSize / faceHeight) * 0.36, size: nameSize, bold: true }
  ]
  if (postLine) lines.push({ text: postLine, y: 0.8, size: postSize })
  const pledge = pledgeSummaryText(member)
  if (showPledge && pledge) {
    const size = faceHeight * 0.05
    const text = clampLines(`服务承诺：${pledge}`, faceWidth * 0.86, size, 1, measure)
    lines.push({ text, y: 0.92, size, muted: true })
  }
  return lines
}
