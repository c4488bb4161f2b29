import type { Database } from '@shared/model/database'
import { invalid } from '@shared/errors'
import type { Person } from '@shared/roster/model'
import type { MentoringPair } from '@shared/compete/training/model'

/* Who a training plan or a pair names, as this part looks people and teams up. */

export const personName = (db: Readonly<Database>, id: string | null) => (id ? (db.people.find((p) => p.id === id)?.name ?? '（已删除人员）') : '')
export const teamName = (db: Readonly<Database>, id: string | null) => (id ? (db.teams.find((t) => t.id === id)?.name ?? '（已删除班组）') : '')

/** The roster by id, built once for a whole list (a search per plan made 5,000 plans take 80 ms). */
export interface RosterIndex {
  person(id: string | null): Person | undefined
  personName(id: string | null): string
  teamName(id: string | null): string
}

export function rosterIndex(db: Readonly<Database>): RosterIndex {
  const people = new Map(db.people.map((p) => [p.id, p]))
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  return {
    person: (id) => (id ? people.get(id) : undefined),
    personName: (id) => (id ? (people.get(id)?.name ?? '（已删除人员）') : ''),
    teamName: (id) => (id ? (teams.get(id) ?? '（已删除班组）') : '')
  }
}

/** The person a pair helps, or the team a leader is linked to. */
export const helpedName = (db: Readonly<Database>, pair: Pick<MentoringPair, 'kind' | 'helpedPersonId' | 'helpedTeamId'>) =>
  pair.kind === 'person' ? personName(db, pair.helpedPersonId) : teamName(db, pair.helpedTeamId)

/**
 * The person chosen for `role` (培养对象, 导师, 帮扶人 …), who must be on the roster and not in the
 * 回收站. `kept` is the id the record already had: a record keeps someone who has since left (a plan
 * closed as 未完成 after its trainee was moved to the 回收站), but nobody new is chosen from there.
 */
export function chosenPerson(db: Readonly<Database>, id: string, role: string, kept?: string | null): Person {
  const person = db.people.find((p) => p.id === id)
  if (!person || (person.deletedAt && id !== kept)) throw invalid(`所选${role}不存在或已移到回收站，请重新选择`)
  return person
}

export function chosenTeam(db: Readonly<Database>, id: string, kept?: string | null) {
  const team = db.teams.find((t) => t.id === id)
  if (!team || (team.deletedAt && id !== kept)) throw invalid('所选班组不存在或已移到回收站，请重新选择')
  return team
}

/** A dated line of a plan or pair: not before the record began, not in the future. */
export function datedLineProblem(date: string, startOn: string, today: string, what: string, start: string): string | null {
  if (date > today) return `${what}的日期不能晚于今天`
  if (date < startOn) return `${what}的日期不能早于${start}（${startOn}）`
  return null
}
