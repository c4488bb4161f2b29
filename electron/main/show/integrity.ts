import type { Database } from '@shared/model/database'
import { PLEDGE_SCOPE_LABELS, type Pledge } from '@shared/show/model'

/*
 * The show stage's references that a schema cannot see, for `cli check`: pledges, fulfilment
 * records, assessments and desk phrases that name people, teams, pledges, items or phrases that are
 * not in the database. A person or team in the 回收站 still exists: only a missing record dangles.
 */

export function showProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  const pledges = new Map(db.pledges.map((p) => [p.id, p]))
  const phrases = new Set(db.tipPhrases.map((p) => p.id))
  const itemIds = (pledge: Pledge) => new Set(pledge.items.map((item) => item.id))

  const named = (pledge: Pledge) => {
    const owner =
      pledge.scope === 'person' ? db.people.find((p) => p.id === pledge.personId)?.name : pledge.scope === 'team' ? db.teams.find((t) => t.id === pledge.teamId)?.name : ''
    return `${pledge.year}年度${PLEDGE_SCOPE_LABELS[pledge.scope]}${owner ? `「${owner}」` : ''}（${pledge.id}）`
  }

  for (const pledge of db.pledges) {
    if (pledge.scope === 'person' && !people.has(pledge.personId ?? '')) problems.push(`${named(pledge)}所属的人员不存在（${pledge.personId ?? '未填写'}）`)
    if (pledge.scope === 'team' && !teams.has(pledge.teamId ?? '')) problems.push(`${named(pledge)}所属的班组不存在（${pledge.teamId ?? '未填写'}）`)
    for (const item of pledge.items) {
      if (item.responsibleId && !people.has(item.responsibleId)) problems.push(`${named(pledge)}中“${item.content}”的责任人不存在（${item.responsibleId}）`)
    }
  }
  for (const record of db.fulfilments) {
    const pledge = pledges.get(record.pledgeId)
    if (!pledge) problems.push(`${record.date}的践诺记录所属的承诺不存在（${record.pledgeId}）`)
    else if (record.itemId && !itemIds(pledge).has(record.itemId)) problems.push(`${named(pledge)}${record.date}的践诺记录指向不存在的承诺事项（${record.itemId}）`)
  }
  for (const assessment of db.pledgeAssessments) {
    const pledge = pledges.get(assessment.pledgeId)
    if (!pledge) {
      problems.push(`${assessment.assessedOn}的评诺记录所属的承诺不存在（${assessment.pledgeId}）`)
      continue
    }
    const items = itemIds(pledge)
    for (const grade of assessment.grades) {
      if (!items.has(grade.itemId)) problems.push(`${named(pledge)}${assessment.assessedOn}的评诺中有不存在的承诺事项（${grade.itemId}）`)
    }
  }
  for (const desk of db.tipAssignments) {
    if (!people.has(desk.personId)) problems.push(`温馨提示语指定给了不存在的人员（${desk.personId}）`)
    const gone = desk.phraseIds.filter((id) => !phrases.has(id))
    if (gone.length) problems.push(`为${db.people.find((p) => p.id === desk.personId)?.name ?? desk.personId}选定的提示语中有${gone.length}条已不存在（${gone.join('、')}）`)
  }
  return problems
}
