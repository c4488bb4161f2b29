import { useMemo } from 'react'
import type { Result } from '@shared/contract'
import type { PledgeView } from '@shared/show/contract'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'

export interface TakenOwners {
  /** Members and teams that already have a pledge of the year, each with the words shown beside it. */
  people: ReadonlyMap<string, string>
  teams: ReadonlyMap<string, string>
  branch: boolean
}

const none: Result<PledgeView[]> = { ok: true, value: [] }

/**
 * Who already has a pledge of `year` (one per member, team and the branch each year), so the form
 * offers only the others instead of refusing after everything is typed. `editingId` is the pledge
 * being edited: its own owner stays available.
 */
export function useTakenOwners(open: boolean, year: number | undefined, editingId: string | undefined): TakenOwners {
  // A year half typed (202) is not asked for: main would refuse it, and the form says what is wrong.
  const asked = open && typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null
  const loaded = useLoad(() => (asked === null ? Promise.resolve(none) : api.show.pledges({ year: asked })), [asked])
  return useMemo(() => {
    const others = (loaded.data ?? []).filter((p) => p.id !== editingId && p.year === asked)
    const why = `已有${asked}年度承诺`
    return {
      people: new Map(others.filter((p) => p.scope === 'person' && p.personId).map((p) => [p.personId!, why])),
      teams: new Map(others.filter((p) => p.scope === 'team' && p.teamId).map((p) => [p.teamId!, why])),
      branch: others.some((p) => p.scope === 'branch')
    }
  }, [loaded.data, editingId, asked])
}
