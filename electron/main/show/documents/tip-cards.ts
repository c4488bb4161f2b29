import { z } from 'zod'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { printOptions, type LeftOut } from '@shared/model/print'
import { PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, type PhraseCategory, type PlacardColor } from '@shared/show/model'
import { defineDocument, type GatherContext } from '../../print/document'
import type { Measure } from '../../print/measure'
import { printMembers, type MemberSelection } from '../../print/members'
import { documentOptions, selectionOptions } from '../../print/options'
import { tentCardDocument, type FaceLine } from '../../print/parts/tent-card'
import { wrapAtPhrases } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { colorControl, colorOption } from './common'

export interface TipCard {
  text: string
  categoryLabel: string
  source: string
  /** The member it stands in front of, in assigned mode. */
  memberName: string
  memberPost: string
}

export interface TipCardsData {
  unit: PrintUnit
  cards: TipCard[]
  paper: 'A4' | 'A3'
  color: PlacardColor
}

/**
 * 温馨提示牌: folded desk cards, one phrase per card, set as large as three lines allow. `generic`:
 * one card per phrase of the chosen categories; `assigned`: each member's own phrases with the name.
 */
export const tipCards = defineDocument({
  id: 'tip-cards',
  title: '温馨提示牌',
  stage: 'show',
  group: '亮身份',
  description: '五好五带头、励志格言、廉政警句、文明服务提示语的对折桌面提示牌',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A4', 'A3']),
      color: colorOption,
      mode: z.enum(['assigned', 'generic']).default('generic'),
      categories: z.array(z.enum(PHRASE_CATEGORIES)).min(1, '至少选择一类提示语').default([...PHRASE_CATEGORIES])
    },
    { color: '配色', mode: '印哪些提示牌', categories: '提示语类别' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    colorControl,
    {
      kind: 'choice',
      field: 'mode',
      label: '印哪些提示牌',
      look: 'radios',
      choices: [
        { value: 'generic', label: '通用提示牌' },
        { value: 'assigned', label: '按人员分配' }
      ]
    },
    {
      kind: 'multi',
      field: 'categories',
      label: '提示语类别',
      choices: PHRASE_CATEGORIES.map((value) => ({ value, label: PHRASE_CATEGORY_LABELS[value] })),
      min: 1,
      message: '至少选择一类提示语'
    },
    // Who is printed, and in which order, matters only when the cards carry members' names.
    { kind: 'scope', when: { field: 'mode', is: ['assigned'] } },
    { kind: 'nameOrder', when: { field: 'mode', is: ['assigned'] } }
  ],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const { cards, leftOut } = await gatherCards(db, options, context)
    const data: TipCardsData = { unit, cards, paper: options.paper, color: options.color ?? db.showSettings.placardColor }
    // Generic cards are nobody's own: the file name names no team or person.
    return options.mode === 'generic' ? { data, scope: '' } : { data, leftOut }
  },
  build: (input: TipCardsData, { measure }) =>
    tentCardDocument(input.paper, input.color, `${input.unit.unitName}温馨提示牌`, input.cards, (card, width, height) => tipFace(card, width, height, measure))
})

interface CardChoice extends MemberSelection {
  mode: 'assigned' | 'generic'
  categories: PhraseCategory[]
}

async function gatherCards(db: Database, options: CardChoice, context: GatherContext): Promise<{ cards: TipCard[]; leftOut: LeftOut[] }> {
  const phrases = new Map(db.tipPhrases.map((p) => [p.id, p]))
  const card = (id: string, memberName = '', memberPost = ''): TipCard | null => {
    const phrase = phrases.get(id)
    if (!phrase || !options.categories.includes(phrase.category)) return null
    return { text: phrase.text, categoryLabel: PHRASE_CATEGORY_LABELS[phrase.category], source: phrase.source, memberName, memberPost }
  }
  let cards: TipCard[]
  const leftOut: LeftOut[] = []
  if (options.mode === 'generic') {
    cards = db.tipPhrases.map((p) => card(p.id)).filter((c): c is TipCard => c !== null)
  } else {
    const members = await printMembers(db, options, context, { photos: false })
    const assigned = new Map(db.tipAssignments.map((a) => [a.personId, a.phraseIds]))
    cards = members.flatMap((m) => {
      const own = (assigned.get(m.id) ?? []).map((id) => card(id, m.name, m.post || m.posts)).filter((c): c is TipCard => c !== null)
      const hasPhrases = (assigned.get(m.id) ?? []).some((id) => phrases.has(id))
      if (!own.length) leftOut.push({ name: m.name, reason: hasPhrases ? '分配的提示语不在所选类别中' : '未分配提示语' })
      return own
    })
  }
  if (!cards.length) {
    throw new AppError(
      'NOTHING_TO_PRINT',
      options.mode === 'generic' ? '所选类别中没有提示语，请先在提示语库中添加' : '所选党员还没有分配提示语，请先分配或改为打印通用提示牌'
    )
  }
  return { cards, leftOut }
}

const MAX_LINES = 3

export function tipFace(card: TipCard, faceWidth: number, faceHeight: number, measure: Measure): FaceLine[] {
  const textWidth = faceWidth * 0.84
  const style = { font: 'serif' as const, bold: true }
  // Largest size whose wrapped lines fit three lines and the middle of the face.
  let size = faceHeight * 0.2
  let lines = wrapAtPhrases(card.text, textWidth, size, measure, style)
  while (size > 12 && (lines.length > MAX_LINES || lines.length * size * 1.35 > faceHeight * 0.56)) {
    size *= 0.94
    lines = wrapAtPhrases(card.text, textWidth, size, measure, style)
  }
  const lineHeight = size * 1.35
  const top = faceHeight * 0.52 - (lines.length * lineHeight) / 2 + size * 0.85
  const face: FaceLine[] = [
    { text: `温馨提示 · ${card.categoryLabel}`, y: 0.16, size: faceHeight * 0.06, bold: true },
    ...lines.map((text, i) => ({ text, y: (top + i * lineHeight) / faceHeight, size, bold: true, font: 'serif' as const }))
  ]
  const afterText = (top + (lines.length - 1) * lineHeight) / faceHeight
  if (card.source) face.push({ text: `—— ${card.source}`, y: Math.min(0.86, afterText + 0.12), size: faceHeight * 0.05, anchor: 'end', inset: faceWidth * 0.1, muted: true })
  if (card.memberName) {
    const who = ['共产党员', card.memberName, card.memberPost].filter(Boolean).join('  ')
    face.push({ text: who, y: 0.93, size: faceHeight * 0.05, muted: true })
  }
  return face
}
