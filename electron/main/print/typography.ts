import type { Measure, TextStyle } from './measure'

/** Points per millimetre: pdfmake works in PostScript points. */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4

export const PAPER_POINTS = { A3: [841.89, 1190.55], A4: [595.28, 841.89], A5: [419.53, 595.28] } as const

export function pageBox(paper: keyof typeof PAPER_POINTS, orientation: 'portrait' | 'landscape') {
  const [short, long] = PAPER_POINTS[paper]
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short }
}

/** Chinese type sizes (字号) in points, as GB/T 9704 names them. */
export const SIZE = { no1: 26, no2: 22, small2: 18, no3: 16, no4: 14, small4: 12, no5: 10.5, small5: 9 } as const

/**
 * Height of a line box in em: the Noto SC fonts' ascent + descent (1.437 serif, 1.448 sans).
 * pdfmake multiplies it by `lineHeight`; 1.25 on 3号 text gives GB/T 9704's 22 lines a page.
 */
export const LINE_EM = 1.45

/** 党旗红 as printers commonly mix it. */
export const PARTY_RED = '#C8161D'
export const INK = '#1A1A1A'
export const MUTED = '#666666'

/** 2026-03-01 → 2026年3月1日 (the form of dates in notices and 落款). */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  if (!d) return `${y}年${m}月`
  return `${y}年${m}月${d}日`
}

/** A deadline (`2026-06` or `2026-06-30`, empty = within the year) as printed in tables. */
export function deadlineText(deadline: string, year: number): string {
  return deadline ? chineseDate(deadline) : `${year}年底前`
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u{20000}-\u{3ffff}]/u
const HALF_TO_FULL: Record<string, string> = { ',': '\uff0c', ';': '\uff1b', ':': '\uff1a', '!': '\uff01', '?': '\uff1f' }

/**
 * Half-width , ; : ! ? typed after a Chinese character print as full-width, as Chinese text wants;
 * after Latin letters and digits (10:30, 100%;) they stay as typed. Only the printed copy changes, never the data.
 */
export function chinesePunctuation(text: string): string {
  let out = ''
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]
    const full = HALF_TO_FULL[char]
    const before = chars[i - 1]
    out += full && before && CJK.test(before) ? full : char
  }
  return out
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
}

/** Characters a line must not begin with (GB/T 15834 line-breaking rules, the common subset). */
const NO_LINE_START = new Set([...'\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u300d\u300f\u3011\u3015\u3009\u201d\u2019\uff05\u2026\u2014,.;:?!)]}'])

/** How lines are broken at closing punctuation that does not fit. */
export interface BreakStyle {
  /**
   * true (SVG placards, drawn by us): it hangs a little past the edge, as is usual in Chinese type.
   * false (estimating text pdfmake lays out): it takes the character before it onto the next line,
   * as pdfmake does, so the estimate does not come out a line short.
   */
  hanging?: boolean
}

/**
 * Greedy line breaking for text drawn outside pdfmake's own layout (SVG placards) and for fitting
 * estimates. Breaks between any two Chinese characters, never starts a line with closing
 * punctuation, keeps Latin words whole, and keeps the text's own line breaks.
 */
export function wrapLines(text: string, width: number, size: number, measure: Measure, style?: TextStyle, { hanging = true }: BreakStyle = {}): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line: string[] = []
    for (const token of paragraph.match(/[A-Za-z0-9]+|./gu) ?? []) {
      const fits = measure(line.join('') + token, style) * size <= width
      if (fits || !line.length) {
        line.push(token)
      } else if (!NO_LINE_START.has(token)) {
        lines.push(line.join(''))
        line = token.trim() ? [token] : []
      } else if (hanging || line.length < 2) {
        line.push(token)
      } else {
        lines.push(line.slice(0, -1).join(''))
        line = [line[line.length - 1], token]
      }
    }
    lines.push(line.join(''))
  }
  return lines
}

/** Cuts text to at most `maxLines` lines of `width`, ending with … when something was left out. */
export function clampLines(text: string, width: number, size: number, maxLines: number, measure: Measure, style?: TextStyle, breaks?: BreakStyle): string {
  const lines = wrapLines(text, width, size, measure, style, breaks)
  if (lines.length <= maxLines) return lines.join('\n')
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], width, size, measure, style)
  return kept.join('\n')
}

/**
 * Cuts text to at most `maxLines` lines of `width` like clampLines, but leaves the line breaking to
 * pdfmake: the result keeps only the text's own line breaks (岗位职责 typed one duty a line), never
 * the estimated wrap points. `lead`: what is printed before the text on its first line (a label
 * such as 职责：), taking room there but not returned.
 */
export function clampParagraphs(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  measure: Measure,
  options: { style?: TextStyle; lead?: string } & BreakStyle = {}
): string {
  const { style, lead = '', hanging } = options
  const paragraphs = text.trim().split(/\r?\n/)
  const kept: string[] = []
  let room = maxLines
  for (const [index, paragraph] of paragraphs.entries()) {
    const prefix = index === 0 ? lead : ''
    const lines = wrapLines(prefix + paragraph, width, size, measure, style, { hanging })
    const isLast = index === paragraphs.length - 1
    if (lines.length < room || (lines.length === room && isLast)) {
      kept.push(paragraph)
      room -= lines.length
      continue
    }
    // This paragraph takes the last lines: it ends in … since something after it is left out.
    const shown = lines.slice(0, room)
    shown[room - 1] = withEllipsis(shown[room - 1], width, size, measure, style)
    kept.push(shown.join('').slice(prefix.length))
    break
  }
  return kept.join('\n')
}

/** A line ending in …, shortened until it fits `width`. */
function withEllipsis(line: string, width: number, size: number, measure: Measure, style?: TextStyle): string {
  let last = line
  while (last && measure(`${last}…`, style) * size > width) last = [...last].slice(0, -1).join('')
  return `${last}…`
}

/** The largest size (not above `max`) at which `text` fits `width` on one line. */
export function fitOneLine(text: string, width: number, max: number, measure: Measure, style?: TextStyle): number {
  const perPoint = measure(text, style)
  return perPoint > 0 ? Math.min(max, width / perPoint) : max
}

/**
 * The first size in `sizes` (largest first) at which the paragraphs fit in `height`, estimating
 * the lines with wrapLines. pdfmake does not shrink text to fit a box, so documents whose parts
 * must stay in place (a card on half a sheet) choose their size with this.
 */
export function fitParagraphs(
  paragraphs: Array<{ text: string; width: number; style?: TextStyle }>,
  height: number,
  sizes: readonly number[],
  measure: Measure,
  lineHeight = 1
): number {
  for (const size of sizes) {
    const lines = paragraphs.reduce((sum, p) => sum + wrapLines(p.text, p.width, size, measure, p.style).length, 0)
    if (lines * size * LINE_EM * lineHeight * 1.04 <= height) return size
  }
  return sizes[sizes.length - 1]
}

/**
 * Line breaking for large display text (tip cards): breaks after punctuation where it can, so
 * 领导班子好、党员队伍好 is never cut inside a phrase; a phrase longer than a line is wrapped as usual,
 * and the text's own line breaks stay.
 */
export function wrapAtPhrases(text: string, width: number, size: number, measure: Measure, style?: TextStyle): string[] {
  // A line break typed into the phrase (公生明，\n廉生威) is kept: each typed line wraps on its own.
  const typed = text.trim().split(/\r?\n/)
  if (typed.length > 1) return typed.flatMap((line) => wrapAtPhrases(line, width, size, measure, style))
  const phrases = text.match(/[^\uff0c\u3001\uff1b\uff1a\u3002\uff01\uff1f]+[\uff0c\u3001\uff1b\uff1a\u3002\uff01\uff1f]*/gu) ?? [text]
  const fits = (line: string) => measure(line, style) * size <= width
  const lines: string[] = []
  let line = ''
  for (const phrase of phrases) {
    if (fits(line + phrase)) {
      line += phrase
      continue
    }
    if (line) lines.push(line)
    if (fits(phrase)) {
      line = phrase
    } else {
      const wrapped = wrapLines(phrase, width, size, measure, style)
      line = wrapped.pop() ?? ''
      lines.push(...wrapped)
    }
  }
  if (line) lines.push(line)
  return lines
}
