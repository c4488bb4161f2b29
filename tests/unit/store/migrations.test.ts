import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '@shared/model/database'
import { migrate, migrations, type Migration } from '../../../electron/main/store/migrations'

/** v1 called the unit `unit`; v2 renamed it; v3 added a list. Each step sees the previous step's output. */
const steps: Migration[] = [
  { from: 2, up: (d) => ({ ...d, teams: [], log: [...(d.log as string[]), '2->3'] }) },
  { from: 1, up: ({ unit, ...rest }) => ({ ...rest, unitName: unit, log: ['1->2'] }) }
]

describe('migrate', () => {
  it('applies every step in order from the file version up to the target', () => {
    const outcome = migrate({ schemaVersion: 1, unit: '某单位' }, steps, 3)
    expect(outcome).toEqual({ ok: true, migrated: true, data: { schemaVersion: 3, unitName: '某单位', teams: [], log: ['1->2', '2->3'] } })
  })

  it('starts in the middle for a file of an intermediate version', () => {
    const outcome = migrate({ schemaVersion: 2, unitName: 'x', log: [] }, steps, 3)
    expect(outcome).toEqual({ ok: true, migrated: true, data: { schemaVersion: 3, unitName: 'x', teams: [], log: ['2->3'] } })
  })

  it('does not touch a current file', () => {
    const data = { schemaVersion: 3, a: 1 }
    expect(migrate(data, steps, 3)).toEqual({ ok: true, migrated: false, data })
  })

  it('does not change its input', () => {
    const data = { schemaVersion: 1, unit: 'u' }
    migrate(data, steps, 3)
    expect(data).toEqual({ schemaVersion: 1, unit: 'u' })
  })

  it('refuses a file from a newer version', () => {
    expect(migrate({ schemaVersion: 4 }, steps, 3)).toEqual({ ok: false, reason: 'newer', version: 4 })
  })

  it.each([undefined, '1', 0, -1, 1.5, null])('refuses schemaVersion %s as unversioned', (version) => {
    expect(migrate({ schemaVersion: version }, steps, 3)).toMatchObject({ ok: false, reason: 'unversioned' })
  })

  it('throws when a step is missing rather than skipping it', () => {
    expect(() => migrate({ schemaVersion: 1, unit: 'u' }, [steps[0]], 3)).toThrow(/missing migration from schema version 1/)
  })

  it('has one step for every version below the current one, in order', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))
  })
})
