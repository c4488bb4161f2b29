import { z } from 'zod'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { PrintControl } from '@shared/model/print'
import type { ReviewRound } from '@shared/evaluate/reviews/model'
import { HALF_LABELS, HALVES, periodTitle, type Half } from '@shared/rules/review-dates'
import type { ContentText, TableCell } from 'pdfmake/interfaces'
import { FONT_NAMES } from '../../../print/fonts'
import { SIZE } from '../../../print/typography'

/* What the 自评互评 and 领导点评 forms share: the half year to print, a form's title and its ruled table. */

export const halfOption = z.enum(HALVES).default('first')
export const halfControl: PrintControl = { kind: 'choice', field: 'half', label: '半年', choices: HALVES.map((value) => ({ value, label: HALF_LABELS[value] })) }

/** The round of a half year, or a refusal saying there is none yet. */
export function roundFor(db: Readonly<Database>, year: number, half: Half): ReviewRound {
  const round = db.reviewRounds.find((r) => r.year === year && r.half === half)
  if (!round) throw new AppError('NOTHING_TO_PRINT', `${periodTitle(year, half)}还没有建立党员自评互评轮次，请先在“三评 · 自评互评”中新增`)
  return round
}

export function formTitle(text: string): ContentText {
  return { text, font: FONT_NAMES.serif, bold: true, fontSize: SIZE.small2, alignment: 'center', margin: [0, 0, 0, 10] }
}

/** A row label in 黑体, centred, as forms set their left column. */
export const labelCell = (text: string, extra: Partial<TableCell & object> = {}): TableCell => ({ text, font: FONT_NAMES.sans, bold: true, alignment: 'center', ...extra }) as TableCell

export const formTableLayout = {
  hLineWidth: () => 0.8,
  vLineWidth: () => 0.8,
  hLineColor: () => '#222222',
  vLineColor: () => '#222222',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4
}
