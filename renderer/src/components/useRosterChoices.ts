import { useMemo } from 'react'
import type { PersonRow, TeamRow } from '@shared/contract/roster'
import { isPartyMember } from '@shared/model/roster'
import { api } from '../app/api'
import { useLoad } from '../app/useCall'

/** Members who can pledge and be printed: Party members on staff, still at the unit. */
export function isPrintableMember(person: PersonRow): boolean {
  return isPartyMember(person.politicalStatus) && !person.isOutsider && person.dutyStatus !== 'transferred' && person.dutyStatus !== 'retired'
}

/** The roster as pickers need it: Party members and teams, with name look-ups. */
export function useRosterChoices() {
  const roster = useLoad(() => api.roster.list())
  return useMemo(() => {
    const people: PersonRow[] = roster.data?.people ?? []
    const teams: TeamRow[] = roster.data?.teams ?? []
    const byId = new Map(people.map((p) => [p.id, p]))
    const teamById = new Map(teams.map((t) => [t.id, t]))
    return {
      loading: roster.loading,
      reload: roster.reload,
      people,
      members: people.filter(isPrintableMember),
      teams,
      person: (id: string | null | undefined) => (id ? byId.get(id) : undefined),
      teamName: (id: string | null | undefined) => (id ? (teamById.get(id)?.name ?? '') : '')
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roster.data, roster.loading])
}

export type RosterChoices = ReturnType<typeof useRosterChoices>
