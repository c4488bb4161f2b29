import type { Database } from '@shared/model/database'
import { findingKey, type Finding } from '@shared/model/finding'
import { roundTitle } from './rounds'
import { subjectName } from './self-reviews'

/*
 * What 自评 and 互评 found, for the rectification ledger: every 存在不足 line of a self-review (with
 * its 整改措施 and 整改时限) and every opinion on a member from the 互评票. Each links back to its
 * line by id; the ledger never copies the record.
 */
export function reviewFindings(db: Readonly<Database>): Finding[] {
  const rounds = new Map(db.reviewRounds.map((r) => [r.id, r]))
  const found: Finding[] = []
  for (const review of db.selfReviews) {
    const round = rounds.get(review.roundId)
    if (!round) continue
    const name = subjectName(db, review.subject)
    const owner =
      review.subject.kind === 'branch' ? { kind: 'unit' as const, id: null, name } : { kind: review.subject.kind, id: review.subject.id, name }
    for (const line of review.shortcomings) {
      const source = { stage: 'evaluate', collection: 'selfReviews', recordId: review.id, itemId: line.id }
      found.push({
        key: findingKey(source),
        kind: 'selfReview',
        source,
        sourceTitle: `${roundTitle(round)}党员自评 · ${name}`,
        year: round.year,
        text: line.text,
        owner,
        foundOn: review.writtenOn,
        measures: line.measures,
        dueOn: line.dueOn,
        confidential: false
      })
    }
  }
  const remarksOf = (collection: 'peerTallies' | 'peerBallots', recordId: string, roundId: string, on: string | null, remarks: { id: string; personId: string; text: string }[]) => {
    const round = rounds.get(roundId)
    if (!round) return
    for (const remark of remarks) {
      const source = { stage: 'evaluate', collection, recordId, itemId: remark.id }
      const name = db.people.find((p) => p.id === remark.personId)?.name ?? '（已删除人员）'
      found.push({
        key: findingKey(source),
        kind: 'peerReview',
        source,
        sourceTitle: `${roundTitle(round)}党员互评 · ${name}`,
        year: round.year,
        text: remark.text,
        owner: { kind: 'person', id: remark.personId, name },
        foundOn: on ?? round.endsOn,
        measures: '',
        dueOn: null,
        confidential: false
      })
    }
  }
  for (const tally of db.peerTallies) remarksOf('peerTallies', tally.id, tally.roundId, tally.countedOn, tally.remarks)
  // A keyed ballot says nothing of when it was filled in: its opinions date from the round's end.
  for (const ballot of db.peerBallots) remarksOf('peerBallots', ballot.id, ballot.roundId, null, ballot.remarks)
  return found
}
