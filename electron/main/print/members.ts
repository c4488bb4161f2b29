import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { Person } from '@shared/roster/model'
import { sortByName, type NameOrder } from '@shared/rules/name-order'
import { takesPart } from '@shared/rules/participation'
import { photoDataUrl } from '../photo/photo-files'
import type { GatherContext } from './document'

/*
 * Who is printed, in which order, and what every document knows of a person. Selection follows
 * the one participation rule (`takesPart`: Party members, probationary included, on the unit's
 * staff and still at the unit, not in the recycle bin), narrowed to a team or to chosen people.
 */

/** What a document may print of a member: already joined (team name) and with the photo as data. */
export interface PrintMember {
  id: string
  name: string
  /** 共产党员 or 预备党员. */
  identity: string
  /** 党内职务 and 行政职务 joined, e.g. 党支部书记、主任. */
  posts: string
  /** 岗位. */
  post: string
  duties: string
  teamName: string
  phone: string
  /** A `data:image/...;base64,` URL, never a path; null when not asked for or there is none. */
  photo: string | null
}

export interface MemberSelection {
  teamId?: string | null
  personIds?: string[] | null
  /** 'roster' (the default): by team order, the team's leader first, then roster order. */
  nameOrder?: NameOrder
}

/** The members to print, in the chosen order; refuses when there is nobody. */
export function selectMembers(db: Database, selection: MemberSelection): Person[] {
  const teamOrder = new Map(db.teams.filter((t) => !t.deletedAt).map((t) => [t.id, t.order]))
  if (selection.teamId && !teamOrder.has(selection.teamId)) throw new AppError('NOT_FOUND', '所选班组不存在或已被删除')
  const wanted = selection.personIds ? new Set(selection.personIds) : null
  const rank = (person: Person) => (person.teamId && teamOrder.has(person.teamId) ? teamOrder.get(person.teamId)! : Number.MAX_SAFE_INTEGER)
  const inRosterOrder = db.people
    .map((person, index) => ({ person, index }))
    .filter(({ person }) => takesPart(person))
    .filter(({ person }) => !selection.teamId || person.teamId === selection.teamId)
    .filter(({ person }) => !wanted || wanted.has(person.id))
    .sort((a, b) => rank(a.person) - rank(b.person) || Number(b.person.isLeader) - Number(a.person.isLeader) || a.index - b.index)
    .map(({ person }) => person)
  if (!inRosterOrder.length) throw new AppError('NOTHING_TO_PRINT', '没有符合条件的党员：请先在花名册中录入党员，或检查所选的班组和人员')
  return sortByName(inRosterOrder, (person) => person.name, selection.nameOrder ?? 'roster')
}

/** The selected members as documents print them; photos are read only when `photos` is asked for. */
export async function printMembers(db: Database, selection: MemberSelection, context: GatherContext, { photos }: { photos: boolean }): Promise<PrintMember[]> {
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  return Promise.all(
    selectMembers(db, selection).map(async (person) => ({
      id: person.id,
      name: person.name,
      identity: person.politicalStatus === 'probationary' ? '预备党员' : '共产党员',
      posts: [person.partyPost, person.adminPost].filter(Boolean).join('、'),
      post: person.post,
      duties: person.duties,
      teamName: (person.teamId && teams.get(person.teamId)) || '',
      phone: person.phone,
      photo: photos && !context.checkOnly && person.photo ? await photoDataUrl(context.photosDir, person.photo).catch(() => null) : null
    }))
  )
}

export interface PrintTeam<M extends PrintMember = PrintMember> {
  name: string
  members: M[]
}

/**
 * Members grouped under their teams. `members` come in roster order (teams in team order); within
 * each team they are put in `nameOrder`. Members without a team are grouped as 其他.
 */
export function groupByTeam<M extends PrintMember>(members: readonly M[], nameOrder: NameOrder = 'roster'): PrintTeam<M>[] {
  const teams: PrintTeam<M>[] = []
  for (const member of members) {
    const name = member.teamName || '其他'
    const team = teams.find((t) => t.name === name) ?? teams[teams.push({ name, members: [] }) - 1]
    team.members.push(member)
  }
  return teams.map((team) => ({ ...team, members: sortByName(team.members, (member) => member.name, nameOrder) }))
}
