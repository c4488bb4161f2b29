import type { FormRule } from 'antd'

/**
 * A text field that must be filled (spaces alone do not count) and has a length limit, with the
 * messages the forms use everywhere: 请填写<label> and <label>不超过<max>个字.
 */
export function requiredTextRules(label: string, max: number): FormRule[] {
  return [
    { required: true, whitespace: true, message: `请填写${label}` },
    { max, message: `${label}不超过${max}个字` }
  ]
}
