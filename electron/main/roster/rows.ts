import type { PersonRow, TeamRow } from '@shared/roster/contract'
import type { Database } from '@shared/model/database'
import type { Person, Team } from '@shared/roster/model'
import { nameInfo } from './name-info'

/** What the table shows for a person: the record plus search keys, font warnings and the team's name. */
export function personRow(db: Readonly<Database>, person: Person): PersonRow {
  const team = person.teamId ? db.teams.find((t) => t.id === person.teamId) : undefined
  return { ...person, ...nameInfo(person.name), teamName: team && !team.deletedAt ? team.name : null }
}

export function teamRow(db: Readonly<Database>, team: Team): TeamRow {
  const leader = team.leaderId ? db.people.find((p) => p.id === team.leaderId && !p.deletedAt) : undefined
  const memberCount = db.people.reduce((n, p) => (p.teamId === team.id && !p.deletedAt ? n + 1 : n), 0)
  return { ...team, leaderName: leader?.name ?? null, memberCount }
}

export const activePeople = (db: Readonly<Database>) => db.people.filter((p) => !p.deletedAt)
export const activeTeams = (db: Readonly<Database>) => db.teams.filter((t) => !t.deletedAt).sort(byOrder)

export const byOrder = (a: Team, b: Team) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN')
