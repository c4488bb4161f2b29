import type { PersonRow } from '@shared/roster/contract'
import { isPartyMember, type PoliticalStatus } from '@shared/roster/model'

/*
 * The people table's filters, as a pure function so the screen can memoise it and tests can call it.
 * Search matches the name, the pinyin initials (`zsf`) and the full pinyin (`zhangsanfeng`).
 */

/** '' all teams, NO_TEAM people without a team, else a team id. */
export const NO_TEAM = '__none__'
/** '' every status, PARTY full and probationary members, else one status. */
export const PARTY = '__party__'

export interface PeopleFilter {
  search: string
  teamId: string
  status: '' | typeof PARTY | PoliticalStatus
}

export const EMPTY_FILTER: PeopleFilter = { search: '', teamId: '', status: '' }

const squash = (text: string) => text.replace(/[\s\u3000]/g, '').toLowerCase()

export function matchesSearch(person: Pick<PersonRow, 'name' | 'initials' | 'pinyin'>, search: string): boolean {
  const query = squash(search)
  if (!query) return true
  return person.name.includes(query) || person.initials.startsWith(query) || person.pinyin.startsWith(query) || (query.length > 1 && person.pinyin.includes(query))
}

function matchesStatus(status: PoliticalStatus, wanted: PeopleFilter['status']): boolean {
  if (wanted === '') return true
  if (wanted === PARTY) return isPartyMember(status)
  return status === wanted
}

function matchesTeam(teamId: string | null, wanted: string): boolean {
  if (wanted === '') return true
  if (wanted === NO_TEAM) return teamId === null
  return teamId === wanted
}

export function filterPeople(people: readonly PersonRow[], filter: PeopleFilter): PersonRow[] {
  return people.filter((p) => matchesTeam(p.teamId, filter.teamId) && matchesStatus(p.politicalStatus, filter.status) && matchesSearch(p, filter.search))
}
