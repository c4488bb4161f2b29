import type { Database } from '@shared/model/database'
import type { Person } from '@shared/roster/model'
import { takesPart } from '@shared/rules/participation'
import type { NameOrder } from '@shared/rules/name-order-choices'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'
import { selectMembers } from '../../print/members'

/** Who reviews and is reviewed: the members who take part (预备党员 included), in the chosen order; none is no error here. */
export function reviewMembers(db: Readonly<Database>, nameOrder: NameOrder = 'roster'): ReviewMember[] {
  if (!db.people.some((p) => takesPart(p))) return []
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  return selectMembers(db as Database, { nameOrder }).map((person: Person) => ({
    personId: person.id,
    name: person.name,
    teamName: (person.teamId && teams.get(person.teamId)) || ''
  }))
}

export const personName = (db: Readonly<Database>, id: string | null) => db.people.find((p) => p.id === id)?.name ?? '（已删除人员）'
export const teamName = (db: Readonly<Database>, id: string | null) => db.teams.find((t) => t.id === id)?.name ?? '（已删除班组）'
