import { z } from 'zod'
import { printOptions } from '@shared/model/print'
import type { Content } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import type { Measure } from '../../print/measure'
import { documentOptions, selectionOptions } from '../../print/options'
import { photoBox, redBand, spacedLabel, spacedName } from '../../print/parts/pieces'
import { clampLines, fitOneLine, fitParagraphs, INK, LINE_EM, mm, pageBox, PARTY_RED } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { pledgeItemLine, pledgeMembers, type PledgeMember } from './common'

export interface PostPlacardData {
  unit: PrintUnit
  members: PledgeMember[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  showPhoto: boolean
}

/**
 * 党员岗位牌: one sheet per member, hung at the post. Photo, name, identity, posts, duties and
 * pledges, the supervision phone. Sizes scale with the paper; duties and pledges shrink to fit.
 */
export const postPlacard = defineDocument({
  id: 'post-placard',
  title: '党员岗位牌',
  stage: 'show',
  group: '亮身份',
  description: '每人一页：照片、姓名、职务岗位、岗位职责、服务承诺、监督电话',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A4', 'A3']),
      orientation: printOptions.orientation(['landscape', 'portrait']),
      showPhoto: z.boolean().default(true)
    },
    { showPhoto: '印照片' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    { kind: 'switch', field: 'showPhoto', label: '印照片', on: '印', off: '不印' },
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, options, options.year, context, options.showPhoto)
    return { data: { unit, members, paper: options.paper, orientation: options.orientation, showPhoto: options.showPhoto } satisfies PostPlacardData }
  },
  build(input: PostPlacardData, { measure }) {
    const page = pageBox(input.paper, input.orientation)
    const scale = page.width / (input.orientation === 'landscape' ? 841.89 : 595.28)
    const margin = mm(14) * scale
    return {
      pageSize: input.paper,
      pageOrientation: input.orientation,
      pageMargins: margin,
      info: { title: `${input.unit.unitName}党员岗位牌` },
      content: input.members.map((member, index) => ({
        stack: placard(member, input, page.width - 2 * margin, page.height - 2 * margin, scale, measure),
        ...(index > 0 ? { pageBreak: 'before' as const } : {})
      }))
    }
  }
})

const BAND_SIZE = 26

function placard(member: PledgeMember, input: PostPlacardData, width: number, height: number, scale: number, measure: Measure): Content[] {
  const s = (points: number) => points * scale
  const photoWidth = input.showPhoto ? Math.min(s(130), width * 0.26) : 0
  const gap = input.showPhoto ? s(22) : 0
  const infoWidth = width - photoWidth - gap
  const labelWidth = s(78)
  const valueWidth = infoWidth - labelWidth - s(12)

  const name = spacedName(member.name)
  const nameSize = fitOneLine(name, infoWidth, s(54), measure, { bold: true })
  const rows: Array<[string, string]> = [
    ['政治面貌', member.identity],
    ['职务', member.posts],
    ['岗位', member.post],
    ['所在班组', member.teamName]
  ].filter((row): row is [string, string] => Boolean(row[1]))

  // What is left after the band, the name, the short rows and the footer goes to duties and pledges.
  const rowPadding = 2 * s(4) + 0.5
  const fixed =
    BAND_SIZE * s(1) * (LINE_EM + 0.7) + s(16) + nameSize * (LINE_EM + 0.15) + rows.length * (s(16) * LINE_EM + rowPadding) + 2 * rowPadding + s(13) * LINE_EM + s(12)
  const pledges = member.pledgeItems.map((item, i) => pledgeItemLine(item, i))
  const longTexts = [member.duties, ...pledges].filter(Boolean).map((text) => ({ text, width: valueWidth }))
  const bodySize = fitParagraphs(longTexts, height - fixed, [16, 15, 14, 13, 12, 11, 10.5, 9, 8].map(s), measure)

  const labelled = (label: string, value: Content, size: number): Content[] => [
    { text: spacedLabel(label), bold: true, font: FONT_NAMES.sans, fontSize: size, color: PARTY_RED },
    value
  ]
  const table: Content[][] = rows.map(([label, value]) => labelled(label, { text: value, fontSize: s(16) }, s(16)))
  if (member.duties) table.push(labelled('岗位职责', { text: member.duties, fontSize: bodySize }, bodySize))
  if (pledges.length) table.push(labelled('服务承诺', { stack: pledges.map((text) => ({ text, fontSize: bodySize })) }, bodySize))

  const info: Content[] = [
    { text: name, font: FONT_NAMES.sans, bold: true, fontSize: nameSize, color: PARTY_RED, margin: [s(6), 0, 0, nameSize * 0.15] },
    {
      table: { widths: [labelWidth, '*'], body: table },
      layout: {
        hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
        vLineWidth: () => 0,
        hLineColor: () => '#E3B5B5',
        paddingTop: () => s(4),
        paddingBottom: () => s(4)
      }
    }
  ]
  const footer = [input.unit.supervisionPhone && `监督电话：${input.unit.supervisionPhone}`, input.unit.unitName].filter(Boolean).join('      ')
  return [
    redBand('共 产 党 员 岗 位 牌', s(BAND_SIZE), [0, 0, 0, s(16)]),
    input.showPhoto
      ? { columns: [{ width: photoWidth, stack: [photoBox(member.photo, photoWidth)] }, { width: infoWidth, stack: info }], columnGap: gap }
      : { stack: info },
    {
      text: clampLines(footer, width, s(13), 1, measure),
      fontSize: s(13),
      color: INK,
      alignment: 'center',
      absolutePosition: { x: mm(14) * scale, y: mm(14) * scale + height - s(20) }
    }
  ]
}
