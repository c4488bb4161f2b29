import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { matchesSearch } from '../../../renderer/src/roster/filter-people'
import { createTestBackend, type TestBackend } from '../../support/backend'

/* The quick search over names with characters pinyin-pro has no reading for (CJK Extension B). */

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend()
})
afterEach(() => backend.dispose())

describe('pinyin search of rare names', () => {
  it('finds 𠮷祥 by jx, jixiang and xiang in the roster table', async () => {
    await backend.call('roster:savePerson', { name: '𠮷祥' })
    const row = (await backend.call('roster:list')).people.find((p) => p.name === '𠮷祥')!
    expect(row).toMatchObject({ initials: 'jx', pinyin: 'jixiang' })
    for (const query of ['jx', 'jixiang', 'xiang', 'j']) {
      expect(matchesSearch(row, query), query).toBe(true)
    }
    expect(matchesSearch(row, 'zx')).toBe(false)
  })

  it('skips a character with no known reading, so the rest of the name still finds it', async () => {
    await backend.call('roster:savePerson', { name: '王𠀁明' })
    const row = (await backend.call('roster:list')).people.find((p) => p.name === '王𠀁明')!
    expect(row).toMatchObject({ initials: 'wm', pinyin: 'wangming' })
    expect(matchesSearch(row, 'wm')).toBe(true)
  })
})
