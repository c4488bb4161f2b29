import { useEffect, useState } from 'react'
import type { PublicRound } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'

/** The 群众评议 rounds, newest first, and the one the screen shows (the newest until another is chosen). */
export function useRounds() {
  const rounds = useLoad(() => api.evaluate.publicRounds())
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const list: PublicRound[] = rounds.data ?? []
  useEffect(() => {
    if (list.length && !list.some((r) => r.id === chosen)) setChosen(list[0].id)
  }, [list, chosen])
  return { list, loading: rounds.loading, reload: rounds.reload, round: list.find((r) => r.id === chosen), choose: setChosen }
}
export type Rounds = ReturnType<typeof useRounds>
