import type { FormRule } from 'antd'
import { textRules } from './text-limit'

/**
 * A text field that must be filled (spaces alone do not count) and has a length limit, with the
 * messages the forms use everywhere: 请填写<label> and <label>不超过<max>个字. Fields with a counter
 * state their limit as a TextLimit (./text-limit.ts) and use LimitedInput / LimitedTextArea.
 */
export function requiredTextRules(label: string, max: number): FormRule[] {
  return textRules({ label, max, required: true })
}
