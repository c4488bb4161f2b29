import { z } from 'zod'

/*
 * Phone numbers as offices write them: digits with 横线, brackets, spaces and 转 for an extension
 * ("0571-8888 8888转123"); full-width marks too, as an IME types them.
 */

const PHONE_CHARS = '0-9+＋()（）\\-－\\s转'
/** Several numbers in one field, parted by / 、 , ; (either width). */
const SEPARATORS = '/、,，;；'

export const PHONE_PATTERN = new RegExp(`^$|^[${PHONE_CHARS}]{5,40}$`)
export const PHONES_PATTERN = new RegExp(`^$|^[${PHONE_CHARS}${SEPARATORS}]{5,40}$`)

/** A phone field named `label` (联系电话, 监督电话); `several` lets it hold more than one number. */
export function phoneSchema(label: string, { several = false }: { several?: boolean } = {}) {
  return z
    .string()
    .trim()
    .max(40, `${label}过长`)
    .regex(
      several ? PHONES_PATTERN : PHONE_PATTERN,
      several ? `${label}只能包含数字、横线、括号和“转”，多个号码用“/”隔开` : `${label}只能包含数字、横线、括号和“转”`
    )
}
