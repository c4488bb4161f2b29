import type { Database } from '@shared/model/database'
import { PERSON_FIELD_LABELS } from '@shared/roster/model'
import { checkPerson } from '@shared/rules/person-checks'

/*
 * What a schema cannot see: references between records and rules across fields. Used by
 * `cli check`; every problem is one Chinese sentence naming the record.
 */

export function rosterProblems(db: Readonly<Database>, today: string): string[] {
  const problems: string[] = []
  const personIds = new Set<string>()
  const teamIds = new Set<string>()
  for (const p of db.people) {
    if (personIds.has(p.id)) problems.push(`人员编号重复：${p.id}（${p.name}）`)
    personIds.add(p.id)
  }
  for (const t of db.teams) {
    if (teamIds.has(t.id)) problems.push(`班组编号重复：${t.id}（${t.name}）`)
    teamIds.add(t.id)
  }
  const activeTeamNames = new Map<string, number>()
  for (const t of db.teams.filter((team) => !team.deletedAt)) activeTeamNames.set(t.name, (activeTeamNames.get(t.name) ?? 0) + 1)
  for (const [name, n] of activeTeamNames) if (n > 1) problems.push(`有${n}个同名班组「${name}」`)

  for (const t of db.teams) {
    if (!t.leaderId) continue
    const leader = db.people.find((p) => p.id === t.leaderId)
    if (!leader) problems.push(`班组「${t.name}」的分管领导指向不存在的人员（${t.leaderId}）`)
    else if (leader.deletedAt && !t.deletedAt) problems.push(`班组「${t.name}」的分管领导「${leader.name}」已在回收站中`)
  }
  const idNumbers = new Map<string, string>()
  for (const p of db.people) {
    if (p.teamId && !teamIds.has(p.teamId)) problems.push(`「${p.name}」所在班组不存在（${p.teamId}）`)
    if (p.teamId && !p.deletedAt && db.teams.find((t) => t.id === p.teamId)?.deletedAt) problems.push(`「${p.name}」所在班组已在回收站中`)
    if (p.idNumber) {
      const other = idNumbers.get(p.idNumber)
      if (other) problems.push(`「${p.name}」与「${other}」身份证号相同`)
      idNumbers.set(p.idNumber, p.name)
    }
    for (const issue of checkPerson(p, today)) {
      if (issue.level === 'error') problems.push(`「${p.name}」的${PERSON_FIELD_LABELS[issue.field]}：${issue.message}`)
    }
  }
  return problems
}
