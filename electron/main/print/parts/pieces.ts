import type { Content } from 'pdfmake/interfaces'
import { FONT_NAMES } from '../fonts'
import { MUTED, PARTY_RED } from '../typography'

/* Small pieces several documents share: photos, bands, page numbers, spaced names and labels. */

const DATA_IMAGE = /^data:image\/(jpeg|png);base64,[A-Za-z0-9+/]+=*$/

/** A photo only ever as image data: anything else (a path, a URL) is dropped, never handed to pdfmake. */
export function photoData(photo: string | null): string | null {
  return photo && DATA_IMAGE.test(photo) ? photo : null
}

/** The photo, or a frame saying 照片 where a photo would go, at 3:4 like an ID photo. */
export function photoBox(photo: string | null, width: number, height = (width * 4) / 3): Content {
  const data = photoData(photo)
  if (data) return { image: data, fit: [width, height], alignment: 'center' }
  return {
    table: { widths: [width - 10], heights: [height - 8], body: [[{ text: '照片', color: '#BBBBBB', alignment: 'center', margin: [0, height / 2 - 14, 0, 0] }]] },
    layout: { hLineColor: () => '#CCCCCC', vLineColor: () => '#CCCCCC' }
  }
}

/** A red band with white text across the content width. */
export function redBand(text: string, fontSize: number, margin: [number, number, number, number] = [0, 0, 0, 0]): Content {
  return {
    table: { widths: ['*'], body: [[{ text, color: '#FFFFFF', bold: true, font: FONT_NAMES.sans, fontSize, alignment: 'center', margin: [0, fontSize * 0.35, 0, fontSize * 0.35] }]] },
    layout: { fillColor: () => PARTY_RED, hLineWidth: () => 0, vLineWidth: () => 0 },
    margin
  }
}

/** Page numbers in the official style: — 1 —. */
export function pageNumberFooter(fontSize = 14) {
  return (current: number, total: number): Content =>
    total > 1 ? { text: `— ${current} —`, alignment: 'center', fontSize, font: FONT_NAMES.serif, color: MUTED } : { text: '' }
}

/** Labels padded to the same width the way forms set them: 职　　务. */
export function spacedLabel(label: string, width = 4): string {
  const chars = [...label]
  if (chars.length >= width || chars.length < 2) return label
  const gaps = chars.length - 1
  const spaces = width - chars.length
  return chars.map((char, i) => (i < gaps ? char + '\u3000'.repeat(Math.floor(spaces / gaps) + (i < spaces % gaps ? 1 : 0)) : char)).join('')
}

/** Two-character names are spaced out (张　三), as name plates are set. */
export function spacedName(name: string): string {
  const chars = [...name]
  return chars.length === 2 ? chars.join('\u3000') : name
}
