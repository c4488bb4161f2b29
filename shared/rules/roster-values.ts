import { DUTY_STATUS_LABELS, POLITICAL_STATUS_LABELS, type DutyStatus, type Gender, type PoliticalStatus } from '../roster/model'

/*
 * The words people write in roster cells, mapped to stored values. Unknown words give null, and the
 * caller says what is accepted.
 */

const squash = (text: string) => text.replace(/[\s\u3000()（）]/g, '').toLowerCase()

export function parseGender(text: string): Gender | null {
  const t = squash(text)
  if (['男', '男性', 'm', 'male'].includes(t)) return 'male'
  if (['女', '女性', 'f', 'female'].includes(t)) return 'female'
  return null
}

const POLITICAL_WORDS: Record<string, PoliticalStatus> = {
  中共党员: 'member',
  党员: 'member',
  正式党员: 'member',
  中共正式党员: 'member',
  中国共产党党员: 'member',
  共产党员: 'member',
  预备党员: 'probationary',
  中共预备党员: 'probationary',
  共青团员: 'league',
  团员: 'league',
  中共共青团员: 'league',
  群众: 'masses',
  无: 'masses',
  无党派人士: 'masses',
  无党派: 'masses'
}

/** Members of the eight democratic parties are 群众 for this activity; the caller warns about it. */
const DEMOCRATIC_PARTY = /^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/

export function parsePoliticalStatus(text: string): { value: PoliticalStatus; note?: string } | null {
  const t = squash(text)
  const known = POLITICAL_WORDS[t] ?? (Object.entries(POLITICAL_STATUS_LABELS).find(([, label]) => label === t)?.[0] as PoliticalStatus | undefined)
  if (known) return { value: known }
  if (DEMOCRATIC_PARTY.test(t)) return { value: 'masses', note: `“${text}”按群众导入` }
  return null
}

export function parseYesNo(text: string): boolean | null {
  const t = squash(text)
  if (['是', 'y', 'yes', '√', '✓', '✔', '1', 'true', '有'].includes(t)) return true
  if (['否', 'n', 'no', '×', '✗', '0', 'false', '无', '不是', '-'].includes(t)) return false
  return null
}

export function parseDutyStatus(text: string): DutyStatus | null {
  const t = squash(text)
  const exact = Object.entries(DUTY_STATUS_LABELS).find(([, label]) => squash(label) === t)
  if (exact) return exact[0] as DutyStatus
  if (['在岗', '在职', '正常'].includes(t)) return 'onDuty'
  if (/^(离岗|休假|产假|病假|借调|挂职|培训)/.test(t)) return 'leave'
  if (/^(调离|调出|离职|辞职)/.test(t)) return 'transferred'
  if (/^(退休|离退休)/.test(t)) return 'retired'
  return null
}

/** The choices offered for each of these columns, as shown in messages and template dropdowns. */
export const GENDER_WORDS = ['男', '女']
export const YES_NO_WORDS = ['是', '否']
