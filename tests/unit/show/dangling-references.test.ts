import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '@shared/model/database'
import { databaseProblems } from '../../../electron/main/stages'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { demoPledges } from '../../../electron/main/show/demo-pledges'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { cli } from '../../support/cli'

/*
 * Nothing may point at a record that is gone: purging a person takes their desk phrases with them
 * (and says so), and the database check (`cli check`) reports every show-stage record that names a
 * missing person, team, pledge, item or phrase.
 */

const NOW = new Date(2026, 6, 1, 9, 0)
const demoUnit = (): Database => demoPledges(demoDatabase(createDatabase(NOW), NOW), 2026, NOW)

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

describe('purging a person', () => {
  it('removes the phrases chosen for their desk and tells the user, leaving nothing dangling', async () => {
    const b = await createTestBackend({ now: () => NOW })
    backends.push(b)
    const person = await b.call('roster:savePerson', { name: '袁卫东' })
    const other = await b.call('roster:savePerson', { name: '黄丽萍' })
    const phrases = b.host.data().tipPhrases.slice(0, 3).map((p) => p.id)
    await b.call('show:tipAssign', { personId: person.id, phraseIds: phrases })
    await b.call('show:tipAssign', { personId: other.id, phraseIds: phrases.slice(0, 1) })
    await b.call('roster:deletePerson', { id: person.id })

    expect(await b.call('roster:purge', { kind: 'person', id: person.id })).toEqual({ notes: ['已一并删除为袁卫东选定的3条温馨提示语'] })
    expect(b.host.data().tipAssignments).toEqual([{ personId: other.id, phraseIds: phrases.slice(0, 1) }])
    expect(databaseProblems(b.host.data(), NOW)).toEqual([])

    await b.call('roster:deletePerson', { id: other.id })
    await b.call('show:phraseDelete', { id: phrases[0] }) // the last phrase of the desk: the assignment goes too
    expect(await b.call('roster:purge', { kind: 'person', id: other.id })).toEqual({ notes: [] })
  })
})

describe('database check', () => {
  it('finds nothing wrong with the demo unit and its pledges', () => {
    const db = demoUnit()
    expect(db.pledges.length).toBeGreaterThan(20)
    expect(databaseProblems(db, NOW)).toEqual([])
  })

  it('reports pledges, records, assessments and desk phrases that point at missing records', () => {
    const db = demoUnit()
    const person = db.pledges.find((p) => p.scope === 'person')!
    const team = db.pledges.find((p) => p.scope === 'team')!
    const [first] = person.items
    const broken: Database = {
      ...db,
      pledges: db.pledges.map((p) => {
        if (p.id === person.id) return { ...p, personId: 'ghost-person' }
        if (p.id === team.id) return { ...p, teamId: 'ghost-team', items: p.items.map((item, i) => (i === 0 ? { ...item, responsibleId: 'ghost-leader' } : item)) }
        return p
      }),
      fulfilments: [
        { id: 'f1', pledgeId: 'ghost-pledge', itemId: null, date: '2026-05-01', content: '整理档案', evidence: '', completesItem: false, createdAt: '' },
        { id: 'f2', pledgeId: person.id, itemId: 'ghost-item', date: '2026-05-02', content: '整理档案', evidence: '', completesItem: false, createdAt: '' }
      ],
      pledgeAssessments: [
        { id: 'a1', pledgeId: 'ghost-pledge', period: 'midYear', grades: [], comment: '', assessedOn: '2026-06-30', basis: null, createdAt: '', updatedAt: '' },
        {
          id: 'a2',
          pledgeId: person.id,
          period: 'midYear',
          grades: [
            { itemId: first.id, self: 'good', organisation: null, public: null },
            { itemId: 'ghost-item', self: 'good', organisation: null, public: null }
          ],
          comment: '',
          assessedOn: '2026-06-30',
          basis: null,
          createdAt: '',
          updatedAt: ''
        }
      ],
      tipAssignments: [
        { personId: 'ghost-person', phraseIds: [db.tipPhrases[0].id] },
        { personId: db.people[0].id, phraseIds: [db.tipPhrases[0].id, 'ghost-phrase'] }
      ]
    }
    const problems = databaseProblems(broken, NOW)
    const about = (fragment: string) => problems.filter((p) => p.includes(fragment))
    expect(problems).toHaveLength(9)
    expect(about('所属的人员不存在（ghost-person）')).toHaveLength(1)
    expect(about('所属的班组不存在（ghost-team）')).toHaveLength(1)
    expect(about('的责任人不存在（ghost-leader）')).toHaveLength(1)
    expect(about('践诺记录所属的承诺不存在（ghost-pledge）')).toHaveLength(1)
    expect(about('践诺记录指向不存在的承诺事项（ghost-item）')).toHaveLength(1)
    expect(about('评诺记录所属的承诺不存在（ghost-pledge）')).toHaveLength(1)
    expect(about('评诺中有不存在的承诺事项（ghost-item）')).toHaveLength(1)
    expect(about('温馨提示语指定给了不存在的人员（ghost-person）')).toHaveLength(1)
    expect(about(`为${db.people[0].name}选定的提示语中有1条已不存在（ghost-phrase）`)).toHaveLength(1)
    expect(problems.join('')).not.toMatch(/[(),:;]/) // Chinese sentences take full-width punctuation
  })

  it('makes `cli check` fail and name the dangling pledge', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-check-'))
    try {
      const db = demoUnit()
      const file = join(dir, 'data.json')
      await writeFile(file, JSON.stringify({ ...db, pledges: db.pledges.map((p, i) => (i === 0 ? { ...p, personId: 'ghost-person' } : p)) }))
      const outcome = await cli('check', '--db', file)
      expect(outcome.code).toBe(1)
      expect(outcome.stdout).toContain('所属的人员不存在（ghost-person）')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
