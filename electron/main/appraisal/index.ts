import type { Database } from '@shared/model/database'
import type { MainStage, RecordRef } from '../stage'
import { APPRAISAL_DOCUMENTS } from './documents'
import { demoAppraisal } from './demo'
import { appraisalHandlers } from './handlers'
import { appraisalGlance, appraisalUnitFigures } from './glance'
import { scheduleKeyDates } from './schedule'

const finalWith = (db: Readonly<Database>, target: RecordRef) =>
  target.kind === 'person' ? db.appraisals.filter((a) => a.status === 'final' && a.finalRows?.some((row) => row.personId === target.id)) : []

/** 年终评优: rules and decisions per year over every stage's figures, the workbook and the year-end documents. */
export const appraisalStage: MainStage<'appraisal'> = {
  id: 'appraisal',
  handlers: appraisalHandlers,
  problems(db) {
    const people = new Set(db.people.map((p) => p.id))
    return db.appraisals.flatMap((a) => {
      const lost = a.decisions.filter((d) => !people.has(d.personId)).length
      return [
        ...(lost ? [`${a.year}年度年终评优有${lost}条评定记录指向已不存在的人员`] : []),
        ...(a.status === 'final' && !a.finalRows ? [`${a.year}年度年终评优已定稿，但没有保存定稿时的得分`] : [])
      ]
    })
  },
  // A 定稿 result keeps the person's name and figures as decided: purging them would change it.
  references: (db, target) => finalWith(db, target).map((a) => `${a.year}年度年终评优（已定稿）`),
  purge(db, target) {
    if (target.kind !== 'person') return { db, notes: [] }
    const dropped = db.appraisals.reduce((n, a) => n + a.decisions.filter((d) => d.personId === target.id).length, 0)
    return {
      db: { ...db, appraisals: db.appraisals.map((a) => ({ ...a, decisions: a.decisions.filter((d) => d.personId !== target.id) })) },
      notes: dropped ? [`${dropped}条未定稿的年终评定`] : []
    }
  },
  seedDemo: demoAppraisal,
  documents: APPRAISAL_DOCUMENTS,
  glance: appraisalGlance,
  unitFigures: appraisalUnitFigures,
  keyDates: scheduleKeyDates,
  workbooks: [{ id: 'appraisal-xlsx', title: '年终评优工作簿（Excel）', channel: 'appraisal:exportWorkbook' }]
}
