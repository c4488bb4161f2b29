import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { FALLBACK_FONT_NAME } from '../fallback-font'
import { fontRuns } from '../font-runs'
import { FONT_NAMES, type FontFamily } from '../fonts'
import { chinesePunctuation, escapeXml, mm, pageBox, PARTY_RED } from '../typography'

/*
 * A folded tent card (桌牌, 温馨提示牌) on a landscape sheet: the lower half reads upright, the upper
 * half is the same face turned 180° so the card reads from both sides once folded along the middle.
 * pdfmake cannot rotate text, so the page is one SVG: the face is drawn once for the lower half and
 * drawn again inside rotate(180) about the centre of the sheet.
 */

export type TentColor = 'redOnWhite' | 'whiteOnRed'

/** One line of a face, positioned from the fold (0) to the table edge (1) of the half. */
export interface FaceLine {
  text: string
  /** Baseline, as a fraction of the half's height measured from the fold. */
  y: number
  size: number
  bold?: boolean
  font?: FontFamily
  /** Secondary text is drawn a little lighter on white. */
  muted?: boolean
  anchor?: 'middle' | 'end'
  /** For anchor end: distance from the right edge of the face, in points. */
  inset?: number
}

/** Paper margin left blank: most printers cannot print to the edge. */
export const TENT_MARGIN = mm(8)

export function tentGeometry(paper: 'A4' | 'A3') {
  const { width, height } = pageBox(paper, 'landscape')
  const faceWidth = width - 2 * TENT_MARGIN
  const faceHeight = height / 2 - TENT_MARGIN
  return { width, height, faceWidth, faceHeight }
}

export function tentCardPage(paper: 'A4' | 'A3', color: TentColor, lines: FaceLine[], first: boolean): Content {
  const { width, height, faceWidth, faceHeight } = tentGeometry(paper)
  const ink = color === 'whiteOnRed' ? '#FFFFFF' : PARTY_RED
  const mutedInk = color === 'whiteOnRed' ? '#FFFFFF' : '#8A1014'
  const fold = height / 2
  const face = [
    color === 'whiteOnRed'
      ? `<rect x="${TENT_MARGIN}" y="${fold}" width="${faceWidth}" height="${faceHeight}" fill="${PARTY_RED}"/>` +
        `<rect x="${TENT_MARGIN + 9}" y="${fold + 9}" width="${faceWidth - 18}" height="${faceHeight - 18}" fill="none" stroke="#F3D27A" stroke-width="1.5"/>`
      : `<rect x="${TENT_MARGIN + 3}" y="${fold + 3}" width="${faceWidth - 6}" height="${faceHeight - 6}" fill="#FFFFFF" stroke="${PARTY_RED}" stroke-width="6"/>` +
        `<rect x="${TENT_MARGIN + 12}" y="${fold + 12}" width="${faceWidth - 24}" height="${faceHeight - 24}" fill="none" stroke="${PARTY_RED}" stroke-width="1.2"/>`,
    ...lines.map((line) => {
      const x = line.anchor === 'end' ? TENT_MARGIN + faceWidth - (line.inset ?? 30) : width / 2
      return (
        `<text x="${x.toFixed(1)}" y="${(fold + line.y * faceHeight).toFixed(1)}" font-family="${FONT_NAMES[line.font ?? 'sans']}"` +
        ` font-weight="${line.bold ? 'bold' : 'normal'}" font-size="${line.size.toFixed(1)}" fill="${line.muted ? mutedInk : ink}"` +
        ` text-anchor="${line.anchor ?? 'middle'}">${svgText(line.text)}</text>`
      )
    })
  ].join('')
  const foldMarks =
    `<line x1="0" y1="${fold}" x2="${TENT_MARGIN - 2}" y2="${fold}" stroke="#999999" stroke-width="0.8"/>` +
    `<line x1="${width - TENT_MARGIN + 2}" y1="${fold}" x2="${width}" y2="${fold}" stroke="#999999" stroke-width="0.8"/>` +
    `<line x1="${TENT_MARGIN}" y1="${fold}" x2="${width - TENT_MARGIN}" y2="${fold}" stroke="${color === 'whiteOnRed' ? '#E8A0A0' : '#BBBBBB'}" stroke-width="0.6" stroke-dasharray="6 4"/>`
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<g>${face}</g><g transform="rotate(180 ${width / 2} ${fold})">${face}</g>${foldMarks}</svg>`
  return { svg, width, height, ...(first ? {} : { pageBreak: 'before' as const }) }
}

/** A line's characters for SVG: those the bundled fonts lack go in a tspan in the fallback font. */
function svgText(text: string): string {
  return fontRuns(chinesePunctuation(text))
    .map((run) => (run.fallback ? `<tspan font-family="${FALLBACK_FONT_NAME}">${escapeXml(run.text)}</tspan>` : escapeXml(run.text)))
    .join('')
}

/** A document of tent cards, one per page: `faces` gets each item and the face size, returns its lines. */
export function tentCardDocument<T>(
  paper: 'A4' | 'A3',
  color: TentColor,
  title: string,
  items: readonly T[],
  face: (item: T, faceWidth: number, faceHeight: number) => FaceLine[]
): TDocumentDefinitions {
  const { faceWidth, faceHeight } = tentGeometry(paper)
  return {
    pageSize: paper,
    pageOrientation: 'landscape',
    pageMargins: 0,
    info: { title },
    content: items.map((item, index) => tentCardPage(paper, color, face(item, faceWidth, faceHeight), index === 0))
  }
}
