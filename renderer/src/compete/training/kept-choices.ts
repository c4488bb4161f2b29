import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { personSchema, teamSchema } from '@shared/roster/model'

/*
 * A plan or pair keeps a person or team that has since gone to the 回收站 (main allows it); the
 * pickers list only the roster as it is, so the kept one is added back, named as gone, so the
 * field shows a name and not an id. Nobody new can be chosen from the 回收站.
 */

export function withKeptPerson(people: PersonRow[], id: string | null | undefined, name: string | undefined): PersonRow[] {
  if (!id || !name || people.some((p) => p.id === id)) return people
  return [...people, { ...personSchema.parse({ id, name }), name: `${name}（已移到回收站）`, initials: '', pinyin: '', missingGlyphs: [], teamName: null }]
}

export function withKeptTeam(teams: TeamRow[], id: string | null | undefined, name: string | undefined): TeamRow[] {
  if (!id || !name || teams.some((t) => t.id === id)) return teams
  return [...teams, { ...teamSchema.parse({ id, name, kind: 'team' }), name: `${name}（已移到回收站）`, leaderName: null, memberCount: 0 }]
}
