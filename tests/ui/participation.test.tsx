import { randomUUID } from 'node:crypto'
import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApi } from '@shared/contract/bridge'
import type { Database } from '@shared/model/database'
import { personSchema, type Person } from '@shared/roster/model'
import { selectMembers } from '../../electron/main/print/members'
import { demoPledges } from '../../electron/main/show/demo-pledges'
import { savePledge } from '../../electron/main/show/pledges'
import { useRosterChoices } from '../../renderer/src/components/useRosterChoices'
import { createTestBackend, type TestBackend } from '../support/backend'

/*
 * "Who takes part" used to be written four ways that disagreed (the pickers, printing, the demo
 * seeder, saving a pledge): transferred and retired members got demo pledges, an outsider could
 * pledge. One rule now (shared/rules/participation.ts); this roster has one person of each kind
 * and the four places must pick the same three.
 */

const NOW = new Date(2026, 2, 1)
const KINDS: [string, Partial<Person>][] = [
  ['在岗党员', {}],
  ['离岗党员', { dutyStatus: 'leave' }],
  ['预备党员', { politicalStatus: 'probationary' }],
  ['调离党员', { dutyStatus: 'transferred' }],
  ['退休党员', { dutyStatus: 'retired' }],
  ['外聘监督员', { isOutsider: true, isSupervisor: true }],
  ['回收站党员', { deletedAt: '2026-01-01T00:00:00.000Z' }],
  ['群众', { politicalStatus: 'masses' }],
  ['团员', { politicalStatus: 'league' }]
]
const TAKING_PART = ['在岗党员', '离岗党员', '预备党员']

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

/** A roster entry with the schema's defaults: a staff Party member on duty, unless `extra` says otherwise. */
const person = (name: string, extra: Partial<Person>): Person => personSchema.parse({ id: `p-${name}`, name, politicalStatus: 'member', ...extra })

const names = (people: { name: string }[]) => people.map((p) => p.name).sort()

describe('one rule for who takes part', () => {
  it('the pickers, printing, the demo seeder and saving a pledge choose the same people', async () => {
    backend = await createTestBackend({ now: () => NOW })
    const db: Database = await backend.host.store().update((current) => ({ ...current, people: KINDS.map(([name, extra]) => person(name, extra)) }))

    // 1. The renderer's pickers.
    window.api = buildApi((channel, input) => backend!.dispatch(channel, structuredClone(input)))
    const { result } = renderHook(() => useRosterChoices())
    await waitFor(() => expect(result.current.loading).toBe(false))
    const pickers = names(result.current.members)

    // 2. Printing.
    const printed = names(selectMembers(db, { teamId: null, personIds: null }))

    // 3. The demo seeder.
    const seeded = demoPledges(db, 2026, NOW)
    const withDemoPledge = names(db.people.filter((p) => seeded.pledges.some((pledge) => pledge.personId === p.id)))

    // 4. Saving a member's pledge.
    const stamp = { now: NOW.toISOString(), today: '2026-03-01', newId: randomUUID }
    const item = { category: 'work' as const, content: '按时办结', standard: '', actions: '', responsibleId: null, deadline: '' }
    const mayPledge = names(
      db.people.filter((p) => {
        try {
          savePledge(db, { year: 2026, scope: 'person', personId: p.id, teamId: null, items: [item, { ...item, category: 'study' }], summary: '' }, stamp)
          return true
        } catch {
          return false
        }
      })
    )

    expect(pickers).toEqual(TAKING_PART.sort())
    expect(printed).toEqual(pickers)
    expect(withDemoPledge).toEqual(pickers)
    expect(mayPledge).toEqual(pickers)
  })
})
