import type { Database } from '@shared/model/database'
import { verifierProblem } from '@shared/followup/rectification-rules'

/*
 * 跟踪's problems a schema cannot see, for `cli check`: records naming people or teams that are not
 * in the database, and ledger items whose status and close-out disagree (a closed item with no
 * verifier, or closed by its own owner).
 */
export function followupProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  const exists = (holder: { kind: string; id: string | null }) => holder.kind === 'unit' || (holder.kind === 'person' ? people.has(holder.id ?? '') : teams.has(holder.id ?? ''))
  const teamOf = (id: string) => db.people.find((p) => p.id === id)?.teamId ?? null

  for (const item of db.rectifications) {
    const named = `整改事项“${item.problem.slice(0, 20)}”（${item.id}）`
    if (!exists(item.owner)) problems.push(`${named}的责任人不存在（${item.owner.id ?? '未填写'}）`)
    if (item.leaderId && !people.has(item.leaderId)) problems.push(`${named}的督导领导不存在（${item.leaderId}）`)
    if (item.status === 'closed' && !item.closeOut) problems.push(`${named}已销号，但没有验收人和验收日期`)
    if (item.closeOut) {
      if (!people.has(item.closeOut.verifierId)) problems.push(`${named}的验收人不存在（${item.closeOut.verifierId}）`)
      else if (verifierProblem(item, item.closeOut.verifierId, teamOf)) problems.push(`${named}由责任人自己验收销号`)
    }
    if (item.status === 'awaitingCheck' && !item.completedOn) problems.push(`${named}待验收，但没有完成日期`)
  }
  for (const target of db.responsibilityTargets) {
    if (!exists(target.holder)) problems.push(`${target.year}年度目标责任“${target.target.slice(0, 20)}”的责任主体不存在（${target.holder.id}）`)
    if (target.ownerId && !people.has(target.ownerId)) problems.push(`${target.year}年度目标责任“${target.target.slice(0, 20)}”的责任人不存在（${target.ownerId}）`)
  }
  for (const record of db.assessmentRecords) {
    if (!exists(record.holder)) problems.push(`${record.on}的考核记录“${record.item}”的考核对象不存在（${record.holder.id}）`)
  }
  for (const record of db.rewardPenalties) {
    if (!exists(record.holder)) problems.push(`${record.on}的奖惩记录“${record.title}”的对象不存在（${record.holder.id}）`)
  }
  return problems
}
