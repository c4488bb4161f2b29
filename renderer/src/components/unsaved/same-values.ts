import dayjs from 'dayjs'

/*
 * Whether a form's values are still what was loaded into it. Forms report a field left empty as
 * undefined, null, '' or [] depending on the input (a cleared Select, an untouched Input, an empty
 * list), so all of those count as the same "nothing"; dates compare by the moment they name.
 */

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

export function sameValues(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  if (dayjs.isDayjs(a) || dayjs.isDayjs(b)) return dayjs.isDayjs(a) && dayjs.isDayjs(b) && a.valueOf() === b.valueOf()
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValues(item, b[i]))
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (!sameValues(a[key], b[key])) return false
    return true
  }
  return Object.is(a, b)
}
