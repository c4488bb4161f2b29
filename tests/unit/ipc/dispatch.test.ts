import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { channelNames } from '@shared/contract'
import { describeZodError, labelled } from '@shared/validation'
import { AppError, invalid } from '@shared/errors'
import { createDispatch, type Handlers } from '../../../electron/main/ipc/dispatch'

const CJK = /[\u4e00-\u9fff]/
const stored = { unitName: '某单位', branchName: '', year: 2026, principal: '', phone: '', noticeSignature: '' }

/** Every channel answers "not used here" unless a test gives it a handler. */
function handlersWith(overrides: Partial<Record<string, (input: unknown) => unknown>>): Handlers {
  const all = Object.fromEntries(channelNames.map((name) => [name, () => Promise.reject(new Error(`${name} not used here`))]))
  return { ...all, ...overrides } as unknown as Handlers
}

function dispatchWith(overrides: Partial<Record<string, (input: unknown) => unknown>>) {
  const logged: [unknown, string][] = []
  const dispatch = createDispatch(handlersWith(overrides), (error, channel) => void logged.push([error, channel]))
  return { dispatch, logged }
}

describe('createDispatch', () => {
  it('passes the parsed input (trimmed, defaults filled) to the handler and returns its checked output', async () => {
    let received: unknown
    const { dispatch } = dispatchWith({ 'settings:save': (input) => ((received = input), stored) })
    const result = await dispatch('settings:save', { unitName: '  某单位  ', year: 2026 })
    expect(result).toEqual({ ok: true, value: stored })
    expect(received).toEqual(stored)
  })

  it('answers an unknown channel without running anything', async () => {
    const { dispatch, logged } = dispatchWith({})
    for (const name of ['nope:nope', '__proto__', 'constructor', 'hasOwnProperty']) {
      const result = await dispatch(name, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.stringMatching(CJK) } })
    }
    expect(logged).toEqual([])
  })

  it('names the field in Chinese when the input is wrong, without calling the handler', async () => {
    let called = false
    const { dispatch } = dispatchWith({ 'settings:save': () => ((called = true), stored) })
    expect(await dispatch('settings:save', { unitName: '某单位', year: '明年' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '活动年度应为数字' }
    })
    expect(await dispatch('settings:save', { unitName: '某单位', year: 2026, phone: 'abc' })).toMatchObject({
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('联系电话') }
    })
    expect(await dispatch('settings:save', null)).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringMatching(CJK) } })
    expect(await dispatch('settings:get', { unexpected: true })).toMatchObject({ error: { code: 'INVALID_INPUT' } })
    expect(called).toBe(false)
  })

  it('passes an AppError through as it is', async () => {
    const { dispatch, logged } = dispatchWith({ 'settings:get': () => Promise.reject(new AppError('NOT_FOUND', '人员不存在或已被删除')) })
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '人员不存在或已被删除' } })
    expect(logged).toEqual([])
  })

  it('turns a ZodError thrown inside a handler into a Chinese input error', async () => {
    // Labels belong to schemas: a bare ZodError from a handler carries no schema, so its message has no
    // field name; a handler that knows the schema names the field (as the print documents do).
    const { dispatch } = dispatchWith({ 'settings:get': () => z.object({ year: z.number() }).parse({ year: 'x' }) })
    expect(await dispatch('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '格式不正确' } })
    const schema = z.object(labelled({ year: z.number() }, { year: '活动年度' }))
    const named = dispatchWith({
      'settings:get': () => {
        const parsed = schema.safeParse({ year: 'x' })
        if (!parsed.success) throw invalid(describeZodError(parsed.error, schema))
        return parsed.data as never
      }
    })
    expect(await named.dispatch('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '活动年度：格式不正确' } })
  })

  it('hides unexpected errors behind a Chinese message and logs them', async () => {
    const boom = new TypeError("Cannot read properties of undefined (reading 'x')")
    const { dispatch, logged } = dispatchWith({ 'settings:get': () => Promise.reject(boom) })
    const result = await dispatch('settings:get', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    if (result.ok) return
    expect(result.error.message).toMatch(CJK)
    expect(result.error.message).not.toContain('Cannot read')
    expect(logged).toEqual([[boom, 'settings:get']])
  })

  it.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EACCES', '没有写入权限'],
    ['EPERM', '没有写入权限'],
    ['EIO', '操作未完成']
  ])('explains file system error %s in plain Chinese', async (code, words) => {
    const { dispatch } = dispatchWith({ 'settings:get': () => Promise.reject(Object.assign(new Error(code), { code })) })
    const result = await dispatch('settings:get', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining(words) } })
  })

  it('refuses a handler answer that breaks the contract, and logs it', async () => {
    const { dispatch, logged } = dispatchWith({ 'settings:get': () => ({ unitName: 1 }) })
    const result = await dispatch('settings:get', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(CJK) } })
    expect(logged).toHaveLength(1)
  })
})
