import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from '../../support/backend'

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})
const backend = async (options: Parameters<typeof createTestBackend>[0] = {}) => {
  const b = await createTestBackend({ now: () => new Date(2026, 2, 1), ...options })
  backends.push(b)
  return b
}
const dbOnDisk = async (b: TestBackend) => readFile(dataPaths(b.dir).dbFile)

describe('settings handlers, through dispatch', () => {
  it('settings:get gives blank settings with this year on a new database', async () => {
    const b = await backend()
    expect(await b.dispatch('settings:get', undefined)).toEqual({
      ok: true,
      value: { unitName: '', branchName: '', year: 2026, principal: '', phone: '', noticeSignature: '' }
    })
  })

  it('settings:save stores the cleaned form on disk and settings:get returns it', async () => {
    const b = await backend()
    const form = { unitName: ' 某某供电所 ', branchName: '某某供电所党支部', year: 2026, principal: '张三', phone: '0571-1234567', noticeSignature: '中共某某供电所支部委员会' }
    const saved = await b.dispatch('settings:save', form)
    expect(saved).toEqual({ ok: true, value: { ...form, unitName: '某某供电所' } })
    expect(JSON.parse((await dbOnDisk(b)).toString()).settings).toEqual({ ...form, unitName: '某某供电所' })
    expect(await b.dispatch('settings:get', undefined)).toEqual(saved)
  })

  it('keeps what is saved across a restart', async () => {
    const b = await backend()
    await b.dispatch('settings:save', { unitName: '某单位', year: 2025 })
    await b.host.close() // the app quits: the data folder's writer lock goes with it
    const again = await backend({ dir: b.dir })
    expect(await again.dispatch('settings:get', undefined)).toMatchObject({ ok: true, value: { unitName: '某单位', year: 2025 } })
  })

  it.each([
    [{ year: 2026 }, '单位名称：为必填项'],
    [{ unitName: '   ', year: 2026 }, '请填写单位名称'],
    [{ unitName: '某单位', year: 1999 }, '活动年度不早于2000年'],
    [{ unitName: '某单位', year: 2026.5 }, '活动年度应为整数'],
    [{ unitName: '某'.repeat(61), year: 2026 }, '单位名称不超过60个字'],
    [{ unitName: '某单位', year: 2026, phone: '电话号码' }, '联系电话只能包含数字、横线、括号和“转”']
  ])('settings:save refuses %j with “%s” and changes nothing', async (input, message) => {
    const b = await backend()
    const before = await dbOnDisk(b)
    expect(await b.dispatch('settings:save', input)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } })
    expect((await dbOnDisk(b)).equals(before)).toBe(true)
  })

  it('answers with the recovery message while the database waits for recovery', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-settings-'))
    await writeFile(dataPaths(dir).dbFile, '')
    const b = await backend({ dir })
    for (const [channel, input] of [
      ['settings:get', undefined],
      ['settings:save', { unitName: '某单位', year: 2026 }]
    ] as const) {
      expect(await b.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } })
    }
    expect(await readFile(dataPaths(dir).dbFile, 'utf8')).toBe('')
  })
})
