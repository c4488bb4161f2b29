import { SCHEMA_VERSION } from '@shared/model/database'
import { keepFinishedAssessmentBasis } from '../show/assessment-basis-upgrade'

/** Turns a database of version `from` into version `from + 1`. Pure: returns a new object. */
export interface Migration {
  from: number
  up(data: Record<string, unknown>): Record<string, unknown>
}

/**
 * Ordered: migrations[i].from === i + 1. A new entry goes with a SCHEMA_VERSION bump and a test
 * with a file of the old version. Fields that only gain a default need no migration: the schema fills them.
 */
export const migrations: Migration[] = [
  /** 2: a finished 评诺 result keeps the scale and weights it was computed with. */
  { from: 1, up: keepFinishedAssessmentBasis }
]

export type MigrationOutcome =
  | { ok: true; data: Record<string, unknown>; migrated: boolean }
  | { ok: false; reason: 'newer' | 'unversioned'; version: unknown }

export function migrate(data: Record<string, unknown>, steps: Migration[] = migrations, target: number = SCHEMA_VERSION): MigrationOutcome {
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'unversioned', version }
  if (version > target) return { ok: false, reason: 'newer', version }
  let current = data
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v)
    if (!step) throw new Error(`missing migration from schema version ${v}`)
    current = { ...step.up(current), schemaVersion: v + 1 }
  }
  return { ok: true, data: current, migrated: version !== target }
}
