import type { Database } from '@shared/model/database'
import type { Person } from '@shared/roster/model'
import { takesPart } from '@shared/rules/participation'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'
import { selectMembers, type MemberSelection } from '../../print/members'

/**
 * Who reviews and is reviewed: the members who take part (预备党员 included), in the chosen order;
 * a printout may ask for some of them. Nobody is no error here.
 */
export function reviewMembers(db: Readonly<Database>, selection: MemberSelection = {}): ReviewMember[] {
  if (!db.people.some((p) => takesPart(p))) return []
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  return selectMembers(db as Database, selection).map((person: Person) => ({
    personId: person.id,
    name: person.name,
    teamName: (person.teamId && teams.get(person.teamId)) || ''
  }))
}

export const personName = (db: Readonly<Database>, id: string | null) => db.people.find((p) => p.id === id)?.name ?? '（已删除人员）'
export const teamName = (db: Readonly<Database>, id: string | null) => db.teams.find((t) => t.id === id)?.name ?? '（已删除班组）'
