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
  // Counted in place, member by criterion: a large unit's keyed ballots carry hundreds of thousands of marks.
  const counts = new Map<string, Map<string, GradeCounts>>()
  const add = (personId: string, criterionId: string | null, gradeId: string, n: number) => {
    let member = counts.get(personId)
    if (!member) counts.set(personId, (member = new Map()))
    let cell = member.get(criterionId ?? '')
    if (!cell) member.set(criterionId ?? '', (cell = {}))
    cell[gradeId] = (cell[gradeId] ?? 0) + n
  }
  for (const row of tally?.rows ?? []) for (const [gradeId, n] of Object.entries(row.counts)) add(row.personId, row.criterionId, gradeId, n)
  for (const ballot of ballots) for (const mark of ballot.marks) add(mark.personId, mark.criterionId, mark.gradeId, 1)
  const of = (personId: string, criterionId: string) => counts.get(personId)?.get(criterionId) ?? {}
  const remarks = [...(tally?.remarks ?? []), ...ballots.flatMap((b) => b.remarks)]

  return {
    ballots: (tally?.ballotsReturned ?? 0) + ballots.length,
    rows: reviewMembers(db, selection).map((member) => {
      const byCriterion =
        round.peerBy === 'perCriterion'
          ? round.memberCriteria.map((c) => ({ criterionId: c.id, text: c.text, score: peerScore(round.peerGrades, of(member.personId, c.id)) }))
          : []
      // Graded per criterion, the member's result pools every criterion's marks.
      const all = round.peerBy === 'perCriterion' ? addCounts(...round.memberCriteria.map((c) => of(member.personId, c.id))) : of(member.personId, '')
      return {
        ...member,
        score: peerScore(round.peerGrades, all),
        byCriterion,
        remarks: remarks.filter((r) => r.personId === member.personId).map((r) => r.text)
      }
    })
  }
}
