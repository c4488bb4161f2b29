import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { unitSettingsSchema } from '@shared/model/settings'
import { personInputSchema } from '@shared/roster/model'
import { fulfilmentDraftSchema, pledgeDraftSchema } from '@shared/show/model'
import { describeZodError, fieldLabel, labelled } from '@shared/validation'

const message = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  return describeZodError(parsed.error, schema)
}

describe('field labels belong to their schema', () => {
  it('names the same field name by what it is in each schema', () => {
    // `content` is 承诺内容 in a pledge item and 践诺情况 in a fulfilment record.
    expect(fieldLabel(pledgeDraftSchema, ['items', 0, 'content'])).toBe('承诺内容')
    expect(fieldLabel(fulfilmentDraftSchema, ['content'])).toBe('践诺情况')
    expect(fieldLabel(personInputSchema, ['phone'])).toBe('联系电话')
    expect(fieldLabel(unitSettingsSchema, ['year'])).toBe('活动年度')
    expect(fieldLabel(unitSettingsSchema, ['nothing'])).toBe('')
  })

  it('puts the label in front of a generic message, and not twice', () => {
    expect(message(pledgeDraftSchema, { year: 2026, scope: 'person', items: [{ content: 5 }] })).toBe('承诺内容：格式不正确')
    expect(message(pledgeDraftSchema, { year: 2026, scope: 'person', items: [{ content: '' }] })).toBe('请填写承诺内容')
    expect(message(unitSettingsSchema, { year: 2026 })).toBe('单位名称：为必填项')
  })

  it('keeps labels through extend, omit and wrappers', () => {
    const base = z.object(labelled({ when: z.string().optional(), what: z.number() }, { when: '日期', what: '数量' }))
    const extended = base.extend({ more: z.boolean() }).omit({ what: true })
    expect(fieldLabel(extended, ['when'])).toBe('日期')
    expect(fieldLabel(z.array(base).optional(), [0, 'what'])).toBe('数量')
    expect(fieldLabel(z.union([z.object({ other: z.string() }), base]), ['what'])).toBe('数量')
  })
})
