import type { Content } from 'pdfmake/interfaces'
import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema, localDay } from '@shared/rules/dates'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions } from '../../../print/options'
import { chineseDate, INK, PARTY_RED } from '../../../print/typography'
import { printUnit } from '../../../print/unit'
import { contestView } from '../view'
import { contestControl, contestIdOption, issuerOf, pickContest } from './contest-source'

export interface CertificatesData {
  contestName: string
  team: boolean
  issuer: string
  date: string
  winners: { name: string; award: string }[]
}

const GOLD = '#B8903A'
const PAGE = { width: 841.89, height: 595.28 }

/**
 * The frame: a red outer rule and a gold inner one, with stepped corners and a small diamond at
 * the middle of each side; drawn, so no emblem or picture is needed.
 */
function frame(): Content {
  const { width: w, height: h } = PAGE
  const outer = 22
  const inner = 34
  const corner = 26
  const rect = (x: number, y: number, rw: number, rh: number, color: string, lineWidth: number) => ({ type: 'rect' as const, x, y, w: rw, h: rh, lineColor: color, lineWidth })
  const steps = [
    [inner, inner],
    [w - inner - corner, inner],
    [inner, h - inner - corner],
    [w - inner - corner, h - inner - corner]
  ].map(([x, y]) => rect(x + 6, y + 6, corner - 12, corner - 12, GOLD, 1.2))
  const diamond = (cx: number, cy: number) => ({
    type: 'polyline' as const,
    closePath: true,
    points: [
      { x: cx, y: cy - 7 },
      { x: cx + 7, y: cy },
      { x: cx, y: cy + 7 },
      { x: cx - 7, y: cy }
    ],
    color: PARTY_RED,
    lineColor: PARTY_RED
  })
  return {
    canvas: [
      rect(outer, outer, w - 2 * outer, h - 2 * outer, PARTY_RED, 4),
      rect(outer + 6, outer + 6, w - 2 * outer - 12, h - 2 * outer - 12, PARTY_RED, 0.8),
      rect(inner, inner, w - 2 * inner, h - 2 * inner, GOLD, 1.2),
      ...steps,
      diamond(w / 2, outer + 3),
      diamond(w / 2, h - outer - 3),
      diamond(outer + 3, h / 2),
      diamond(w - outer - 3, h / 2)
    ]
  }
}

/** 荣誉证书: one A4 landscape page per award of the contest's last round, once the results are final. */
export const contestCertificates = defineDocument({
  id: 'contest-certificates',
  title: '比武竞赛荣誉证书',
  stage: 'compete',
  group: '比技能',
  description: '成绩定稿后，为每位获奖者打印一张荣誉证书（A4横向）：姓名、奖项、竞赛名称、日期和落款',
  options: documentOptions(
    { year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, contestId: contestIdOption, date: daySchema.optional() },
    { contestId: '比武竞赛', date: '落款日期' }
  ),
  controls: [{ kind: 'year' }, contestControl('本年度最近一场已定稿的比武竞赛'), { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为定稿日期' }],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const contest = pickContest(db, options.year, options.contestId, ['final'], '荣誉证书')
    const last = contestView(db, contest).results.at(-1)
    const winners = (last?.lines ?? [])
      .filter((l) => l.award)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((l) => ({ name: l.name, award: l.award as string }))
    const data: CertificatesData = {
      contestName: contest.name,
      team: contest.entrantKind === 'team',
      issuer: issuerOf(contest, unit.signature),
      date: options.date ?? (contest.finalizedAt ? localDay(new Date(contest.finalizedAt)) : contest.date),
      winners
    }
    if (!winners.length) throw new AppError('NOTHING_TO_PRINT', `「${contest.name}」没有获奖者，无需打印荣誉证书`)
    return { data, title: `${contest.name}荣誉证书`, scope: `${winners.length}${data.team ? '个班组' : '人'}` }
  },
  build(input: CertificatesData) {
    const content: Content[] = input.winners.map((winner, n) => ({
      stack: [
        { text: '荣誉证书', font: FONT_NAMES.serif, bold: true, fontSize: 54, color: PARTY_RED, alignment: 'center', characterSpacing: 18, margin: [18, 0, 0, 44] },
        { text: `${winner.name}${input.team ? '' : ' 同志'}：`, font: FONT_NAMES.serif, bold: true, fontSize: 26, margin: [0, 0, 0, 22] },
        {
          text: [
            { text: `在${input.contestName}中，荣获` },
            { text: winner.award, bold: true, color: PARTY_RED },
            { text: '。' }
          ],
          font: FONT_NAMES.serif,
          fontSize: 24,
          leadingIndent: 48,
          lineHeight: 1.5
        },
        { text: '特发此证，以资鼓励。', font: FONT_NAMES.serif, fontSize: 24, leadingIndent: 48, lineHeight: 1.5 },
        {
          stack: [
            { text: input.issuer, fontSize: 20 },
            { text: chineseDate(input.date), fontSize: 20, margin: [0, 6, 0, 0] }
          ],
          font: FONT_NAMES.serif,
          alignment: 'right',
          margin: [0, 56, 20, 0],
          unbreakable: true
        }
      ],
      pageBreak: n > 0 ? 'before' : undefined
    }))
    return {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [110, 92, 110, 70],
      info: { title: `${input.contestName}荣誉证书`, author: input.issuer },
      defaultStyle: { font: FONT_NAMES.serif, color: INK },
      background: () => frame(),
      content
    }
  }
})
