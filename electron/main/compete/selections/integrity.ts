import type { Database } from '@shared/model/database'
import { nomineeName, selectionLabel, tallyCheckOf } from './view'

/* What `cli check` reports of the selections: records naming what is not there, and counted figures that no longer add up. */
export function selectionProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const titles = new Set(db.selectionTitles.map((t) => t.id))
  const selections = new Map(db.selections.map((s) => [s.id, s]))
  for (const selection of db.selections) {
    if (!titles.has(selection.titleId)) problems.push(`${selection.year}年度的一项评选所用的称号不存在（${selection.titleId}）`)
    const check = tallyCheckOf(db, selection)
    if (check && !check.verdict) problems.push(`${selectionLabel(db, selection)}的计票对不上：${check.issues.map((i) => i.message).join('；')}`)
  }
  for (const nomination of db.nominations) {
    const selection = selections.get(nomination.selectionId)
    if (!selection) {
      problems.push(`一条推荐所属的评选不存在（${nomination.selectionId}）`)
      continue
    }
    const exists = nomination.nomineeKind === 'team' ? db.teams.some((t) => t.id === nomination.nomineeId) : db.people.some((p) => p.id === nomination.nomineeId)
    if (!exists) problems.push(`${selectionLabel(db, selection)}中被推荐的${nomination.nomineeKind === 'team' ? '班组' : '人员'}不存在（${nomination.nomineeId}）`)
    if (nomination.votes && nomination.votes.length !== selection.ballot.choices.length) {
      problems.push(`${selectionLabel(db, selection)}中${nomineeName(db, nomination)}的得票项数（${nomination.votes.length}）与测评票选项数（${selection.ballot.choices.length}）不符`)
    }
  }
  return problems
}
