import type { Database } from '@shared/model/database'
import { isOpen } from '@shared/compete/training/rules'

/*
 * What `cli check` reports of this part that a schema cannot see: plans and pairs naming people or
 * teams that are not in the database, and rules across fields a file edited by hand may break. A
 * person or team in the 回收站 still exists: only a missing record dangles.
 */
export function trainingProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  const name = (id: string | null) => db.people.find((p) => p.id === id)?.name ?? id ?? ''

  for (const plan of db.trainingPlans) {
    const what = `${plan.year}年度人才培养计划“${plan.target}”（${plan.id}）`
    if (!people.has(plan.personId)) problems.push(`${what}的培养对象不存在（${plan.personId}）`)
    if (plan.mentorId && !people.has(plan.mentorId)) problems.push(`${what}的导师不存在（${plan.mentorId}）`)
    if (plan.mentorId && plan.mentorId === plan.personId) problems.push(`${what}的导师是培养对象${name(plan.personId)}本人`)
    if (plan.dueOn < plan.startOn) problems.push(`${what}的完成期限${plan.dueOn}早于开始日期${plan.startOn}`)
    if (!isOpen(plan) && !plan.result) problems.push(`${what}已结束，但没有填写培养结果`)
  }
  for (const pair of db.mentoringPairs) {
    const what = `${pair.year}年度四帮四促结对（${pair.id}）`
    if (!people.has(pair.helperId)) problems.push(`${what}的帮扶人不存在（${pair.helperId}）`)
    if (pair.kind === 'person' && !people.has(pair.helpedPersonId ?? '')) problems.push(`${what}的帮扶对象不存在（${pair.helpedPersonId ?? '未填写'}）`)
    if (pair.kind === 'person' && pair.helpedPersonId === pair.helperId) problems.push(`${what}的帮扶对象是帮扶人${name(pair.helperId)}本人`)
    if (pair.kind === 'team' && !teams.has(pair.helpedTeamId ?? '')) problems.push(`${what}联系的班组不存在（${pair.helpedTeamId ?? '未填写'}）`)
  }
  return problems
}
