import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { DurableJsonAdapter } from '../../../electron/main/store/adapter'
import { Store } from '../../../electron/main/store/store'

describe('Store visibility', () => {
  it('shows a change to readers only after it is on disk, and never when the write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-vis-'))
    const adapter = new DurableJsonAdapter(join(dir, 'db.json'))
    let release!: () => void
    let entered: () => void = () => undefined
    /** Resolves once the store's next write has reached the adapter and is held there until `release()`. */
    const nextWriteHeld = () => new Promise<void>((resolve) => (entered = resolve))
    let fail = false
    const realWrite = adapter.write.bind(adapter)
    adapter.write = async (data) => {
      const held = new Promise<void>((resolve) => (release = resolve))
      entered()
      await held
      if (fail) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      await realWrite(data)
    }
    const store = new Store(adapter, createDatabase(new Date(2026, 0, 1)))
    const rename = (name: string) => store.update((db) => ({ ...db, settings: { ...db.settings, unitName: name } }))

    let writeHeld = nextWriteHeld()
    const saving = rename('甲单位')
    await writeHeld
    expect(store.data.settings.unitName).toBe('')
    release()
    await saving
    expect(store.data.settings.unitName).toBe('甲单位')

    fail = true
    writeHeld = nextWriteHeld()
    const failing = rename('乙单位')
    await writeHeld
    expect(store.data.settings.unitName).toBe('甲单位')
    release()
    await expect(failing).rejects.toThrow('disk full')
    expect(store.data.settings.unitName).toBe('甲单位')
  })
})
