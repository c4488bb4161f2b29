import type { FormRule } from 'antd'

/**
 * A text field's length limit, stated once per field: the counter under it, the form rule and the
 * refusal of a paste that would not fit all come from it. `max` is main's schema limit for the field;
 * `label` is how the messages name it.
 */
export interface TextLimit {
  label: string
  max: number
  /** Spaces alone do not fill it. */
  required?: boolean
}

/** <label>不超过<max>个字, the sentence main's schemas use too. */
export const overLimitMessage = ({ label, max }: TextLimit) => `${label}不超过${max}个字`

export function textRules(limit: TextLimit): FormRule[] {
  const max: FormRule = { max: limit.max, message: overLimitMessage(limit) }
  return limit.required ? [{ required: true, whitespace: true, message: `请填写${limit.label}` }, max] : [max]
}

/** Why a text cannot be kept, or null: the form rule for fields outside a Form. */
export function textProblem(limit: TextLimit, text: string): string | null {
  if (limit.required && !text.trim()) return `请填写${limit.label}`
  return text.length > limit.max ? overLimitMessage(limit) : null
}

/**
 * What to say when a paste would take the text past the limit, or null to let it in. The paste is
 * refused whole: cutting it at the limit would keep half a sentence without a word.
 */
export function pasteRefusal(limit: TextLimit, resulting: number): string | null {
  return resulting > limit.max ? `${overLimitMessage(limit)}：粘贴后会有${resulting}个字，没有粘贴，请删减后再粘贴` : null
}
