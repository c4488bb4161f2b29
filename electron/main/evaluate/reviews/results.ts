import type { Database } from '@shared/model/database'
import type { PeerResults } from '@shared/evaluate/reviews/contract'
import type { ReviewRound } from '@shared/evaluate/reviews/model'
import { addCounts, peerScore, type GradeCounts } from '@shared/rules/peer-result'
import type { MemberSelection } from '../../print/members'
import { reviewMembers } from './members'

/** Each member's 互评 result in a round: the paper tally and the keyed ballots counted together. */
export function peerResults(db: Readonly<Database>, round: ReviewRound, selection: MemberSelection = {}): PeerResults {
  const tally = db.peerTallies.find((t) => t.roundId === round.id)
  const ballots = db.peerBallots.filter((b) => b.roundId === round.id)
  const counts = new Map<string, GradeCounts>()
  const add = (personId: string, criterionId: string | null, more: GradeCounts) => {
    const key = `${personId}/${criterionId ?? ''}`
    counts.set(key, addCounts(counts.get(key) ?? {}, more))
  }
  for (const row of tally?.rows ?? []) add(row.personId, row.criterionId, row.counts)
  for (const ballot of ballots) for (const mark of ballot.marks) add(mark.personId, mark.criterionId, { [mark.gradeId]: 1 })
  const remarks = [...(tally?.remarks ?? []), ...ballots.flatMap((b) => b.remarks)]

  return {
    ballots: (tally?.ballotsReturned ?? 0) + ballots.length,
    rows: reviewMembers(db, selection).map((member) => {
      const byCriterion =
        round.peerBy === 'perCriterion'
          ? round.memberCriteria.map((c) => ({ criterionId: c.id, text: c.text, score: peerScore(round.peerGrades, counts.get(`${member.personId}/${c.id}`) ?? {}) }))
          : []
      // Graded per criterion, the member's result pools every criterion's marks.
      const all = round.peerBy === 'perCriterion' ? addCounts(...round.memberCriteria.map((c) => counts.get(`${member.personId}/${c.id}`) ?? {})) : (counts.get(`${member.personId}/`) ?? {})
      return {
        ...member,
        score: peerScore(round.peerGrades, all),
        byCriterion,
        remarks: remarks.filter((r) => r.personId === member.personId).map((r) => r.text)
      }
    })
  }
}
