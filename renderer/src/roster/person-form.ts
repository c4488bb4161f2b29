import '@shared/validation'
import type { PersonRow } from '@shared/roster/contract'
import { PERSON_FIELD_LABELS, personFieldsSchema, personInputSchema, type PersonFields, type PersonInput } from '@shared/roster/model'
import { formatPartialDate, parsePartialDate } from '@shared/rules/partial-date'
import { checkIdNumber } from '@shared/rules/id-number'
import { checkPerson } from '@shared/rules/person-checks'

/*
 * Between the drawer's form and `roster:savePerson`. Dates are typed as text the way rosters write
 * them (`1990.05`, `1990-5-12`, `1990年5月`) and stored as `1990-05` / `1990-05-12`.
 */

export const DATE_FIELDS = ['birth', 'joinedPartyOn', 'fullMemberOn'] as const
export type PersonFormValues = PersonFields

/** Every field at its default; the schema needs a name to parse, which the form then clears. */
export const NEW_PERSON: PersonFormValues = { ...personFieldsSchema.parse({ name: '-' }), name: '' }

export function formValues(person: PersonRow | null): PersonFormValues {
  if (!person) return { ...NEW_PERSON }
  const fields = Object.fromEntries(Object.keys(NEW_PERSON).map((key) => [key, person[key as keyof PersonFields]])) as PersonFormValues
  for (const field of DATE_FIELDS) fields[field] = formatPartialDate(person[field])
  return fields
}

/** The form's values as main expects them; a date that does not parse is passed on for zod to refuse. */
export function toPersonInput(values: PersonFormValues, id?: string): PersonInput {
  const input: PersonInput = { ...NEW_PERSON, ...values, ...(id ? { id } : {}) }
  for (const field of DATE_FIELDS) {
    const parsed = parsePartialDate(values[field] ?? '')
    input[field] = parsed.ok ? parsed.value : (values[field] ?? '')
  }
  return input
}

export interface FieldIssue {
  field: keyof PersonFields
  message: string
}

/** What main would refuse, per field, so the form can point at it before sending. */
export function inputErrors(input: PersonInput): FieldIssue[] {
  const parsed = personInputSchema.safeParse(input)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => ({ field: issue.path[0] as keyof PersonFields, message: issue.message }))
}

/** Checks that do not block saving ("出生年月:与身份证号中的出生日期不一致"). */
export function inputWarnings(input: PersonInput): string[] {
  if (inputErrors(input).length) return []
  const fields = personFieldsSchema.parse(input)
  return checkPerson(fields)
    .filter((issue) => issue.level === 'warning')
    .map((issue) => `${PERSON_FIELD_LABELS[issue.field]}：${issue.message}`)
}

/** For the date inputs: Chinese message for text that is not a date. */
export async function validateDateText(_rule: unknown, value: string | undefined): Promise<void> {
  const parsed = parsePartialDate(value ?? '')
  if (!parsed.ok) throw new Error(parsed.message)
}

/** For the 身份证号 input: the same check main makes, shown when the field is left. */
export async function validateIdNumberText(_rule: unknown, value: string | undefined): Promise<void> {
  if (!value?.trim()) return
  const checked = checkIdNumber(value)
  if (!checked.ok) throw new Error(checked.message)
}
