import type { Database } from '@shared/model/database'
import type { StageGlance } from '@shared/model/glance'
import { satisfactionTrend } from './public/appraisal-figures'

/** 三评 at a glance: the year's 群众评议 papers and open letters, and the satisfaction trend. */
export function evaluateGlance(db: Readonly<Database>, year: number): StageGlance {
  const rounds = new Set(db.publicRounds.filter((r) => r.year === year).map((r) => r.id))
  const questionnaires = new Set(db.questionnaires.filter((q) => rounds.has(q.roundId)).map((q) => q.id))
  const papers = db.publicResponses.filter((r) => questionnaires.has(r.questionnaireId)).length + db.publicTallies.filter((t) => questionnaires.has(t.questionnaireId)).reduce((n, t) => n + t.returned, 0)
  const open = db.boxEntries.filter((b) => rounds.has(b.roundId) && b.status !== 'closed').length
  return {
    stage: 'evaluate',
    label: '三评',
    path: '/evaluate/public/results',
    figures: [
      { label: '群众评议收回问卷', value: papers, unit: '份', path: '/evaluate/public/results' },
      { label: '未办结的来信', value: open, unit: '件', tone: open ? 'warn' : 'good', path: '/evaluate/public/boxes' }
    ],
    charts: satisfactionTrend(db, year)
  }
}
