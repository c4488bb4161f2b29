import type { FormInstance } from 'antd'
import type { z } from 'zod'

/**
 * Checks a draft against main's own schema before sending it, and puts each problem under its
 * field (完成期限不能早于开始日期 under 完成期限), so the form says what main would say, where it belongs.
 * True when the draft passes.
 */
export function checkAtFields(form: FormInstance, schema: z.ZodType, draft: unknown): boolean {
  const parsed = schema.safeParse(draft)
  if (parsed.success) return true
  const byField = new Map<string, string[]>()
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '')
    byField.set(name, [...(byField.get(name) ?? []), issue.message])
  }
  form.setFields([...byField].filter(([name]) => name).map(([name, errors]) => ({ name, errors })))
  return false
}

/**
 * The form's values as a draft once both the form's own rules and main's schema pass them;
 * undefined otherwise, each problem shown under its field.
 */
export async function checkedDraft<V, D>(form: FormInstance<V>, schema: z.ZodType, toDraft: (values: V) => D): Promise<D | undefined> {
  const ok = await form.validateFields().then(
    () => true,
    () => false
  )
  if (!ok) return undefined
  const draft = toDraft(form.getFieldsValue(true) as V)
  return checkAtFields(form, schema, draft) ? draft : undefined
}
