import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { contestView } from './view'

/*
 * What the contests give the year-end appraisal (年终评优): per person, the final contests of the
 * year scored out of 100 (the final score over the most the rule could give), averaged when a
 * person entered several. A person is scored in the last round they reached. Team contests score
 * no one person.
 */

type ContestFigure = AppraisalFigure & { component: 'contest' }

const round2 = (x: number) => Math.round(x * 100) / 100

export function contestFigures(db: Readonly<Database>, year: number): ContestFigure[] {
  const byPerson = new Map<string, { percents: number[]; details: string[]; sources: ContestFigure['sources'] }>()
  for (const contest of db.contests.filter((c) => c.year === year && c.status === 'final' && c.entrantKind === 'person')) {
    const view = contestView(db, contest)
    const perJudge = contest.items.reduce((s, i) => s + i.max * i.weight, 0)
    for (const id of contest.entrants) {
      const round = [...view.results].reverse().find((r) => r.lines.some((l) => l.entrantId === id))
      const line = round?.lines.find((l) => l.entrantId === id)
      if (!round || !line || line.final === null) continue
      const best = contest.rule.method === 'sum' ? perJudge * line.counted.length : perJudge
      const percent = round2((Math.max(0, line.final) / best) * 100)
      const entry = byPerson.get(id) ?? { percents: [], details: [], sources: [] }
      const where = `「${contest.name}」${view.results.length > 1 ? round.roundName : ''}`
      entry.percents.push(percent)
      entry.details.push(`${where}最后得分${line.final}（满分${best}，折合${percent}分${line.award ? `，${line.award}` : ''}）`)
      entry.sources.push({ stage: 'compete', collection: 'contests', recordId: contest.id, label: `${where}${line.award ? ` · ${line.award}` : ''}`, on: contest.date })
      byPerson.set(id, entry)
    }
  }
  return [...byPerson].map(([personId, e]) => ({
    component: 'contest',
    personId,
    value: round2(e.percents.reduce((a, b) => a + b, 0) / e.percents.length),
    detail: e.percents.length > 1 ? `${e.details.join('；')}；平均${round2(e.percents.reduce((a, b) => a + b, 0) / e.percents.length)}分` : e.details[0],
    sources: e.sources
  }))
}
