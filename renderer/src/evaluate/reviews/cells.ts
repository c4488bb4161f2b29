import type { ReviewRound } from '@shared/evaluate/reviews/model'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'

/** One place a mark goes: a member overall, or a member on one criterion. */
export interface MarkCell {
  key: string
  personId: string
  criterionId: string | null
  name: string
  teamName: string
  criterion: string
}

/** The marks a round asks for, member by member (and criterion by criterion when graded per criterion). */
export function markCells(round: ReviewRound, members: readonly ReviewMember[]): MarkCell[] {
  const criteria = round.peerBy === 'perCriterion' ? round.memberCriteria : [null]
  return members.flatMap((m) =>
    criteria.map((c) => ({ key: `${m.personId}/${c?.id ?? ''}`, personId: m.personId, criterionId: c?.id ?? null, name: m.name, teamName: m.teamName, criterion: c?.text ?? '' }))
  )
}
