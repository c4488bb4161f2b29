import type { Database } from '@shared/model/database'
import { todayString } from '@shared/rules/person-checks'
import { rosterProblems } from './roster/integrity'
import { showProblems } from './show/integrity'

/**
 * Every stage's consistency checks over a database that already passed its schema. A stage with
 * records that refer to others adds its check here; `cli check` reports them all.
 */
const CHECKS: ((db: Readonly<Database>, today: string) => string[])[] = [rosterProblems, showProblems]

export function databaseProblems(db: Readonly<Database>, now: Date): string[] {
  const today = todayString(now)
  return CHECKS.flatMap((check) => check(db, today))
}
