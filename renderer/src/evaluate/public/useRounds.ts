import { useState } from 'react'
import type { PublicRound } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'

/**
 * The 群众评议 rounds, newest first, and the one the screen shows: the one chosen, else the newest
 * (also while a round just made is not yet in the reloaded list).
 */
export function useRounds() {
  const rounds = useLoad(() => api.evaluate.publicRounds())
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const list: PublicRound[] = rounds.data ?? []
  return { list, loading: rounds.loading, reload: rounds.reload, round: list.find((r) => r.id === chosen) ?? list[0], choose: setChosen }
}
export type Rounds = ReturnType<typeof useRounds>
