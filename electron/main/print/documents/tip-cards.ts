import { wrapAtPhrases } from '../typography'
import { tentCardDocument, type FaceLine } from './tent-card'
import type { BuildDocument, TipCard, TipCardsInput } from './types'
import type { Measure } from '../measure'

/** 温馨提示牌: folded desk cards, one phrase per card, set as large as three lines allow. */
export const buildTipCards: BuildDocument<TipCardsInput> = (input, { measure }) =>
  tentCardDocument(input.paper, input.color, `${input.unit.unitName}温馨提示牌`, input.cards, (card, width, height) => tipFace(card, width, height, measure))

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
