import { useMemo } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { takesPart } from '@shared/rules/participation'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'

/**
 * The roster as pickers need it: everyone, the members who take part (the one participation rule,
 * shared with main: who pledges is who is printed and appraised), teams, and name look-ups.
 */
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
      members: people.filter((p) => takesPart(p)),
      teams,
      person: (id: string | null | undefined) => (id ? byId.get(id) : undefined),
      teamName: (id: string | null | undefined) => (id ? (teamById.get(id)?.name ?? '') : '')
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roster.data, roster.loading])
}

export type RosterChoices = ReturnType<typeof useRosterChoices>
