import { clampLines, fitOneLine } from '../typography'
import { pledgeSummaryText } from './parts'
import { tentCardDocument, type FaceLine } from './tent-card'
import type { BuildDocument, DeskPlacardInput, PrintMember } from './types'
import type { Measure } from '../measure'

/** 桌牌: one folded card per member, the name as large as the face allows. */
export const buildDeskPlacards: BuildDocument<DeskPlacardInput> = (input, { measure }) =>
  tentCardDocument(input.paper, input.color, `${input.unit.unitName}桌牌`, input.members, (member, width, height) =>
    deskFace(member, input.showPledge, width, height, measure)
  )

/** Two-character names are spaced out (张　三), as name plates are set. */
export function spacedName(name: string): string {
  const chars = [...name]
  return chars.length === 2 ? chars.join('\u3000') : name
}

export function deskFace(member: PrintMember, showPledge: boolean, faceWidth: number, faceHeight: number, measure: Measure): FaceLine[] {
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
