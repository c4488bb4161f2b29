/*
 * Dates as rosters know them: often only a year and month (出生年月 `1990.05`). Stored as
 * `YYYY-MM` or `YYYY-MM-DD`, which sort and compare correctly as plain strings.
 */

export type DatePrecision = 'month' | 'day'

export type ParsedDate = { ok: true; value: string; warning?: string } | { ok: false; message: string }

const MIN_YEAR = 1900
const MAX_YEAR = 2100

const pad = (n: number) => String(n).padStart(2, '0')

function build(year: number, month: number, day: number | null): ParsedDate {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: `年份${year}不在${MIN_YEAR}—${MAX_YEAR}之间` }
  if (!Number.isInteger(month) || month < 1 || month > 12) return { ok: false, message: `月份${month}不存在` }
  if (day === null) return { ok: true, value: `${year}-${pad(month)}` }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (!Number.isInteger(day) || date.getUTCMonth() !== month - 1) return { ok: false, message: `${year}年${month}月没有${day}日` }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` }
}

const toAsciiDigits = (text: string) =>
  text.replace(/[０-９．－／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]/g, '')

const TEXT_FORMS: RegExp[] = [
  /^(\d{4})[.\-/年](\d{1,2})(?:[.\-/月](\d{1,2})日?|月?)$/,
  /^(\d{4})(\d{2})(\d{2})?$/
]

/** Reads a date typed as text: `1990.05`, `1990-5`, `2012年6月`, `1978-11-02`, `1978/11/2`, `20180701`, `199005`. */
export function parsePartialDate(text: string): ParsedDate {
  const clean = toAsciiDigits(text)
  if (clean === '') return { ok: true, value: '' }
  for (const form of TEXT_FORMS) {
    const m = form.exec(clean)
    if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]))
  }
  if (/^\d{4}年?$/.test(clean)) return { ok: false, message: '只有年份，请补上月份（如“1990.05”）' }
  return { ok: false, message: `无法识别“${text.trim()}”，请写成“1990.05”或“1990-05-12”` }
}

/** Excel's serial day number (1900 date system, as Excel and WPS write it). */
export function partialDateFromSerial(serial: number, precision: DatePrecision): ParsedDate {
  // Day 0 is 1899-12-30 once Excel's phantom 1900-02-29 is accounted for, which covers every real date.
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000)
  return partialDateFromUtc(date, precision)
}

/** A Date as exceljs returns it: the calendar date is in its UTC fields. */
export function partialDateFromUtc(date: Date, precision: DatePrecision): ParsedDate {
  if (Number.isNaN(date.getTime())) return { ok: false, message: '日期无效' }
  return build(date.getUTCFullYear(), date.getUTCMonth() + 1, precision === 'day' ? date.getUTCDate() : null)
}

/**
 * A number in a date column: `19900512`, `199005`, `1990.05` typed into a General cell, or a serial
 * day. Excel stores a typed `1990.10` as the number 1990.1, so a single `.1` is read as October.
 */
export function partialDateFromNumber(value: number, precision: DatePrecision): ParsedDate {
  if (Number.isInteger(value)) {
    if (value >= 19000101 && value <= 21001231) return parsePartialDate(String(value))
    if (value >= 190001 && value <= 210012) return parsePartialDate(String(value))
    if (value >= MIN_YEAR && value <= MAX_YEAR) return { ok: false, message: '只有年份，请补上月份（如“1990.05”）' }
    if (value > 0 && value < 73_051) return partialDateFromSerial(value, precision)
    return { ok: false, message: `无法识别数字${value}为日期` }
  }
  const year = Math.floor(value)
  if (year >= MIN_YEAR && year <= MAX_YEAR) {
    const fraction = value.toFixed(2).slice(-2)
    if (fraction === '10') {
      return { ok: true, value: `${year}-10`, warning: `“${value}”按${year}年10月导入（Excel会把“${year}.10”存成${value}），请核对` }
    }
    // `1990.2` is February (typed `1990.2`, or `1990.20` which no one writes); `1990.05` is May.
    const month = fraction[1] === '0' && fraction[0] !== '0' ? Number(fraction[0]) : Number(fraction)
    return build(year, month, null)
  }
  if (value > 0 && value < 73_051) return partialDateFromSerial(value, precision)
  return { ok: false, message: `无法识别数字${value}为日期` }
}

export interface DateParts {
  year: number
  month: number
  day: number | null
}

export function partialDateParts(value: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null }
}

/** `1990.05` / `1990.05.12`, the way rosters print it; empty stays empty. */
export function formatPartialDate(value: string): string {
  return value.replace(/-/g, '.')
}

/** Whole years from `from` to `to` (both partial dates); null when either is missing. */
export function yearsBetween(from: string, to: string): number | null {
  const a = partialDateParts(from)
  const b = partialDateParts(to)
  if (!a || !b) return null
  let years = b.year - a.year
  if (b.month < a.month || (b.month === a.month && (b.day ?? 1) < (a.day ?? 1))) years--
  return years
}
