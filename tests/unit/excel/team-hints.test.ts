import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview } from '@shared/roster/contract'
import { formatImportPreview, formatImportResult } from '../../../electron/main/roster/import-report'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { createWorkbook, previewImport } from '../../support/workbooks'

/*
 * 相近班组 (issue #8): a new team close to an existing one is hinted in the preview with the choice
 * to map it onto that team; nothing is mapped unless the commit says so.
 */

let backend: TestBackend
let teams: Record<string, string>
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1) })
  teams = {}
  for (const [name, kind] of [['运维检修班', 'team'], ['综合受理窗口', 'window'], ['财务科', 'department']] as const) {
    teams[name] = (await backend.call('roster:saveTeam', { name, kind })).id
  }
})
afterEach(() => backend.dispose())

const list = () => backend.call('roster:list')
const dbBytes = () => readFile(backend.host.paths.dbFile)

async function rosterWithTeams(): Promise<ImportPreview> {
  const bytes = await createWorkbook((s) => {
    s.addRow(['姓名', '所在班组'])
    s.addRow(['甲', '运维班'])
    s.addRow(['乙', '运维班'])
    s.addRow(['丙', '综合窗口'])
    s.addRow(['丁', '后勤科'])
    s.addRow(['戊', '运维检修班'])
  })
  return previewImport(backend, bytes)
}

describe('相近班组 in the preview', () => {
  it('hints 运维班 → 运维检修班 and 综合窗口 → 综合受理窗口, not 后勤科 → 财务科, and announces 后勤科 as new', async () => {
    const preview = await rosterWithTeams()
    expect(preview.teamHints).toEqual([
      { name: '运维班', people: 2, similar: [{ id: teams['运维检修班'], name: '运维检修班' }] },
      { name: '综合窗口', people: 1, similar: [{ id: teams['综合受理窗口'], name: '综合受理窗口' }] }
    ])
    expect(preview.notices).toContain('将新建班组：后勤科（1人）')
    expect(formatImportPreview(preview)).toContain('相近班组：文件中的「运维班」（2人）与已有的「运维检修班」名称相近；默认新建「运维班」')
  })
})

describe('the commit', () => {
  it('creates every new team when no choice is sent: the default never maps', async () => {
    const preview = await rosterWithTeams()
    const done = await backend.call('roster:importCommit', { id: preview.id })
    expect(done.teamsCreated).toEqual(['运维班', '综合窗口', '后勤科'])
    expect(done.teamsMapped).toEqual([])
    const { people } = await list()
    expect(people.find((p) => p.name === '甲')!.teamName).toBe('运维班')
  })

  it('puts the people of a mapped name into the chosen team and creates the rest', async () => {
    const preview = await rosterWithTeams()
    const done = await backend.call('roster:importCommit', { id: preview.id, teams: [{ name: '运维班', into: teams['运维检修班'] }] })
    expect(done).toMatchObject({ added: 5, teamsCreated: ['综合窗口', '后勤科'], teamsMapped: [{ name: '运维班', into: '运维检修班' }] })
    expect(formatImportResult(done)).toContain('并入已有班组：「运维班」并入「运维检修班」')
    const { people, teams: after } = await list()
    const teamOf = (name: string) => people.find((p) => p.name === name)!.teamId
    expect([teamOf('甲'), teamOf('乙'), teamOf('戊')]).toEqual([teams['运维检修班'], teams['运维检修班'], teams['运维检修班']])
    expect(after.map((t) => t.name)).not.toContain('运维班')
    expect(after.find((t) => t.name === '运维检修班')!.memberCount).toBe(3)
  })

  it('refuses, writing nothing, a mapping onto a team that was not hinted, or of a name without a hint', async () => {
    const preview = await rosterWithTeams()
    const before = await dbBytes()
    for (const mapping of [
      { name: '运维班', into: teams['财务科'] },
      { name: '后勤科', into: teams['财务科'] },
      { name: '不在文件中', into: teams['运维检修班'] }
    ]) {
      const refused = await backend.dispatch('roster:importCommit', { id: preview.id, teams: [mapping] })
      expect(refused.ok).toBe(false)
      if (!refused.ok) expect(refused.error.message).toContain(`「${mapping.name}」不能并入所选的班组`)
      expect(await dbBytes()).toEqual(before)
    }
  })

  it('refuses a mapping onto a team deleted since the preview, asking for a new preview', async () => {
    const preview = await rosterWithTeams()
    await backend.call('roster:deleteTeam', { id: teams['运维检修班'] })
    const before = await dbBytes()
    const refused = await backend.dispatch('roster:importCommit', { id: preview.id, teams: [{ name: '运维班', into: teams['运维检修班'] }] })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toContain('重新预览')
    expect(await dbBytes()).toEqual(before)
  })
})
