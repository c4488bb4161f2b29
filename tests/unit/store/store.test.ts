import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { StoreHost } from '../../../electron/main/store/host'

describe('StoreHost', () => {
  it('creates a new database when none exists and keeps a saved change on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-'))
    const host = new StoreHost(dataPaths(dir), () => new Date(2026, 0, 2))
    expect((await host.start()).mode).toBe('ready')
    await host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '测试单位' } }))
    const onDisk = JSON.parse(await readFile(dataPaths(dir).dbFile, 'utf8'))
    expect(onDisk.settings.unitName).toBe('测试单位')
    expect(onDisk.settings.year).toBe(2026)
  })

  it('moves an empty file aside instead of overwriting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-'))
    await writeFile(dataPaths(dir).dbFile, '')
    const host = new StoreHost(dataPaths(dir))
    const state = await host.start()
    expect(state.mode).toBe('recovery')
    if (state.mode !== 'recovery') return
    expect(state.recovery.message).toContain('空')
    expect(await readFile(state.recovery.keptAs!, 'utf8')).toBe('')
  })
})
