import type { Database } from '@shared/model/database'
import { responseProblem } from './questionnaires'
import { roundName } from './rounds'

/*
 * 群众评议 references and rules a schema cannot see, for `cli check`: records whose round,
 * questionnaire, object or person is missing, paper that no longer fits its questionnaire, logs
 * dated outside their round. A person or team in the 回收站 still exists: only a missing one dangles.
 */

export function publicProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const rounds = new Map(db.publicRounds.map((r) => [r.id, r]))
  const questionnaires = new Map(db.questionnaires.map((q) => [q.id, q]))
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))

  for (const q of db.questionnaires) {
    if (!rounds.has(q.roundId)) problems.push(`问卷「${q.title}」所属的评议轮次不存在（${q.roundId}）`)
    if (q.object.kind === 'person' && !people.has(q.object.id ?? '')) problems.push(`问卷「${q.title}」的评议对象${q.object.name}不在花名册中（${q.object.id}）`)
    if (q.object.kind === 'team' && !teams.has(q.object.id ?? '')) problems.push(`问卷「${q.title}」的评议对象${q.object.name}不在花名册中（${q.object.id}）`)
  }
  const misfits = new Map<string, number>()
  const bump = (text: string) => misfits.set(text, (misfits.get(text) ?? 0) + 1)
  for (const r of db.publicResponses) {
    const q = questionnaires.get(r.questionnaireId)
    if (!q) bump(`答卷所属的问卷不存在（${r.questionnaireId}）`)
    else if (responseProblem(q, r)) bump(`问卷「${q.title}」中有答卷与问卷不符`)
  }
  for (const [text, n] of misfits) problems.push(`${text}：${n}份`)
  for (const t of db.publicTallies) if (!questionnaires.has(t.questionnaireId)) problems.push(`一批汇总（${t.returned}份）所属的问卷不存在（${t.questionnaireId}）`)

  const dated: [string, { roundId: string }, string][] = [
    ...db.phoneChecks.map((r) => ['电话抽访', r, r.date] as [string, { roundId: string }, string]),
    ...db.forums.map((r) => ['座谈会', r, r.date] as [string, { roundId: string }, string]),
    ...db.supervisorVisits.map((r) => ['特约监督员监督', r, r.date] as [string, { roundId: string }, string]),
    ...db.boxEntries.map((r) => ['来信', r, r.receivedOn] as [string, { roundId: string }, string])
  ]
  for (const [what, record, day] of dated) {
    const round = rounds.get(record.roundId)
    if (!round) problems.push(`${day}的${what}记录所属的评议轮次不存在（${record.roundId}）`)
    else if (day < round.startOn || day > round.endOn) problems.push(`${day}的${what}记录不在${roundName(round)}群众评议期间（${round.startOn}至${round.endOn}）`)
  }
  for (const v of db.supervisorVisits) if (!people.has(v.supervisorId)) problems.push(`${v.date}的特约监督员监督记录中的监督员不存在（${v.supervisorId}）`)
  for (const c of db.phoneChecks) if (c.callerId && !people.has(c.callerId)) problems.push(`${c.date}的电话抽访记录中的抽访人不存在（${c.callerId}）`)
  return problems
}
