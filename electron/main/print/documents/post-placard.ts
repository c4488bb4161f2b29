import { FONT_NAMES } from '../fonts'
import { clampLines, fitOneLine, fitParagraphs, INK, LINE_EM, mm, pageBox, PARTY_RED } from '../typography'
import { spacedName } from './desk-placard'
import { photoBox, pledgeItemLine, redBand, spacedLabel } from './parts'
import type { BuildDocument, Content, PostPlacardInput, PrintMember } from './types'
import type { Measure } from '../measure'

/**
 * 党员岗位牌: one sheet per member, hung at the post. Photo, name, identity, posts, duties and
 * pledges, the supervision phone. Sizes scale with the paper; duties and pledges shrink to fit.
 */
export const buildPostPlacards: BuildDocument<PostPlacardInput> = (input, { measure }) => {
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

const BAND_SIZE = 26

function placard(member: PrintMember, input: PostPlacardInput, width: number, height: number, scale: number, measure: Measure): Content[] {
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
