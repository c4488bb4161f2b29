/*
 * 公民身份号码 (GB 11643-1999): 17 digits and a check character computed with ISO 7064 MOD 11-2.
 * Positions 7-14 are the birth date, position 17 is odd for men and even for women.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export type IdNumberCheck =
  | { ok: true; value: string; birth: string; gender: 'male' | 'female' }
  | { ok: false; message: string }

/** Full-width digits and a lower-case x are common in typed rosters; both are accepted. */
export function normalizeIdNumber(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase()
}

export function checkIdNumber(raw: string): IdNumberCheck {
  const value = normalizeIdNumber(raw)
  if (!/^\d{17}[\dX]$/.test(value)) {
    if (/^\d{15}$/.test(value)) return { ok: false, message: '是15位旧身份证号，请换用18位号码' }
    return { ok: false, message: '应为18位，前17位是数字，最后一位是数字或X' }
  }
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: '其中的出生日期不存在，请核对' }
  }
  if (idCheckChar(value) !== value[17]) return { ok: false, message: '校验位不正确，请逐位核对' }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  return { ok: true, value, birth, gender: Number(value[16]) % 2 === 1 ? 'male' : 'female' }
}
