import type { Database } from '@shared/model/database'
import type { TeamMerge } from '../stage'

/**
 * When the roster merges two teams, the merged team's pledges become the other team's. A team makes
 * one pledge a year (savePledge refuses a second), so a year in which both teams pledged keeps the
 * merged team's pledge where it is: with that team in the 回收站, restorable, never overwritten.
 */
export function mergeShowTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const intoYears = new Set(db.pledges.filter((p) => p.teamId === intoId).map((p) => p.year))
  const ofFrom = db.pledges.filter((p) => p.teamId === fromId)
  const moving = new Set(ofFrom.filter((p) => !intoYears.has(p.year)).map((p) => p.id))
  const keptYears = [...new Set(ofFrom.filter((p) => !moving.has(p.id)).map((p) => p.year))].sort()
  const notes = keptYears.length
    ? [
        `「${name(fromId)}」${keptYears.join('、')}年度的班组承诺没有并入：「${name(intoId)}」已有该年度的班组承诺（每个班组每年一条）；` +
          `它留在「${name(fromId)}」名下，恢复该班组即可查看`
      ]
    : []
  return {
    db: moving.size ? { ...db, pledges: db.pledges.map((p) => (moving.has(p.id) ? { ...p, teamId: intoId } : p)) } : db,
    moved: moving.size ? [`${moving.size}条班组承诺`] : [],
    notes
  }
}
