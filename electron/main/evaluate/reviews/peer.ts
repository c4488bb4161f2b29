import type { z } from 'zod'
import { invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { PeerBallot, peerBallotDraftSchema, PeerTally, peerTallyDraftSchema, ReviewRound } from '@shared/evaluate/reviews/model'
import { tallyExcess } from '@shared/rules/peer-result'
import { outsideProblem } from '@shared/rules/review-dates'
import { personName, reviewMembers } from './members'
import { openRound } from './rounds'
import type { Stamp } from './stamp'

/*
 * 互评 marks: one paper tally per round and any number of keyed ballots. A member never reviews
 * himself: a tally gives nobody more marks (on one criterion) than the ballots returned minus his
 * own; a keyed ballot must leave one member's row empty, its writer's. No rater is ever stored.
 */

type TallyDraft = z.output<typeof peerTallyDraftSchema>
type BallotDraft = z.output<typeof peerBallotDraftSchema>

/** The marks a row may carry: the round's members, its criteria (or overall), its grades. */
function checkTarget(db: Readonly<Database>, round: ReviewRound, members: Set<string>, personId: string, criterionId: string | null, where: string) {
  if (!members.has(personId)) throw invalid(`${where}中有不参加本轮互评的人员（${personName(db, personId)}）`)
  if (round.peerBy === 'overall' && criterionId !== null) throw invalid('本轮互评为总体评价，不按评议标准逐项计票')
  if (round.peerBy === 'perCriterion' && !round.memberCriteria.some((c) => c.id === criterionId)) throw invalid('本轮互评为逐项评价，每一票都要对应一条评议标准')
}

export function saveTally(db: Database, draft: TallyDraft, stamp: Stamp): { db: Database; tally: PeerTally } {
  const round = openRound(db, draft.roundId)
  const outside = outsideProblem(draft.countedOn, round.startsOn, round.endsOn, '计票日期')
  if (outside) throw invalid(outside)
  const members = new Set(reviewMembers(db).map((m) => m.personId))
  const grades = new Set(round.peerGrades.map((g) => g.id))
  const seen = new Set<string>()
  for (const row of draft.rows) {
    checkTarget(db, round, members, row.personId, row.criterionId, '计票')
    const key = `${row.personId}/${row.criterionId ?? ''}`
    if (seen.has(key)) throw invalid(`${personName(db, row.personId)}的票数重复填写`)
    seen.add(key)
    const unknown = Object.keys(row.counts).find((id) => !grades.has(id))
    if (unknown) throw invalid('计票中有本轮没有的互评等次，请重新打开计票表')
    const excess = tallyExcess(draft.ballotsReturned, row.counts)
    if (excess !== null) {
      const criterion = round.memberCriteria.find((c) => c.id === row.criterionId)
      throw invalid(
        `${personName(db, row.personId)}${criterion ? `“${criterion.text}”` : ''}的票数合计比收回票数减去本人一票（${draft.ballotsReturned - 1}票）多${excess}票：本人不评自己，请核对`
      )
    }
  }
  if (draft.ballotsReturned > members.size) throw invalid(`收回票数（${draft.ballotsReturned}）多于参加互评的党员人数（${members.size}）`)
  for (const remark of draft.remarks) if (!members.has(remark.personId)) throw invalid('意见所针对的人员不参加本轮互评')

  const existing = db.peerTallies.find((t) => t.roundId === round.id)
  const tally: PeerTally = {
    id: existing?.id ?? stamp.newId(),
    roundId: round.id,
    ballotsReturned: draft.ballotsReturned,
    rows: draft.rows.filter((row) => Object.values(row.counts).some((n) => n > 0)),
    remarks: draft.remarks.map((remark) => ({ ...remark, id: remark.id ?? stamp.newId() })),
    countedOn: draft.countedOn,
    updatedAt: stamp.now
  }
  const peerTallies = existing ? db.peerTallies.map((t) => (t.id === tally.id ? tally : t)) : [...db.peerTallies, tally]
  return { db: { ...db, peerTallies }, tally }
}

export function saveBallot(db: Database, draft: BallotDraft, stamp: Stamp): { db: Database; ballot: PeerBallot } {
  const round = openRound(db, draft.roundId)
  const members = reviewMembers(db)
  const memberIds = new Set(members.map((m) => m.personId))
  const grades = new Set(round.peerGrades.map((g) => g.id))
  const seen = new Set<string>()
  for (const mark of draft.marks) {
    checkTarget(db, round, memberIds, mark.personId, mark.criterionId, '互评票')
    if (!grades.has(mark.gradeId)) throw invalid('互评票中有本轮没有的等次')
    const key = `${mark.personId}/${mark.criterionId ?? ''}`
    if (seen.has(key)) throw invalid(`${personName(db, mark.personId)}在同一张票上被评了两次`)
    seen.add(key)
  }
  const graded = new Set(draft.marks.map((m) => m.personId))
  if (members.every((m) => graded.has(m.personId))) throw invalid('这张票评了全部党员：填票人不评自己，本人一栏应空着，请核对后再录入')
  for (const remark of draft.remarks) if (!memberIds.has(remark.personId)) throw invalid('意见所针对的人员不参加本轮互评')
  const ofRound = db.peerBallots.filter((b) => b.roundId === round.id)
  if (ofRound.length + 1 > members.length) throw invalid(`互评票已有${ofRound.length}张，不能多于参加互评的党员人数（${members.length}）`)
  const ballot: PeerBallot = {
    id: stamp.newId(),
    roundId: round.id,
    serial: Math.max(0, ...ofRound.map((b) => b.serial)) + 1,
    marks: draft.marks,
    remarks: draft.remarks.map((remark) => ({ ...remark, id: remark.id ?? stamp.newId() })),
    createdAt: stamp.now
  }
  return { db: { ...db, peerBallots: [...db.peerBallots, ballot] }, ballot }
}

export function deleteBallot(db: Database, id: string): { db: Database; message: string } {
  const ballot = db.peerBallots.find((b) => b.id === id)
  if (!ballot) throw notFound('该互评票')
  openRound(db, ballot.roundId)
  const left = db.peerBallots.filter((b) => b.roundId === ballot.roundId && b.id !== id).length
  return { db: { ...db, peerBallots: db.peerBallots.filter((b) => b.id !== id) }, message: `已删除第${ballot.serial}号互评票；本轮还有${left}张录入的互评票，纸质计票不受影响` }
}
