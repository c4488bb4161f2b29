import { conflict } from '@shared/errors'
import type { MainStage } from '../stage'
import { demoDatabase } from './demo'
import { rosterHandlers } from './handlers'
import { rosterProblems } from './integrity'

/** 花名册: people, teams, the 回收站, photos, Excel import and export, and the demo unit itself. */
export const rosterStage: MainStage<'roster'> = {
  id: 'roster',
  handlers: rosterHandlers,
  problems: rosterProblems,
  seedDemo(db, now) {
    if (db.people.length || db.teams.length) throw conflict('花名册中已有数据（含回收站），为免混淆，示例数据只能载入到空花名册')
    const seeded = demoDatabase(db, now)
    const people = seeded.people.length - db.people.length
    const teams = seeded.teams.length - db.teams.length
    return { db: seeded, counts: { people, teams }, said: [`${people}人`, `${teams}个班组`] }
  }
}
