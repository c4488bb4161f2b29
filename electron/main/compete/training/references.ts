import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'

/**
 * What of this part still uses a person or team, so the roster will not purge it for good. Every
 * plan and pair is a record of the year's activity (printed, counted at year end), so each role
 * counts, the mentor's too; moving someone to the 回收站 is always allowed and keeps them named.
 */
export function trainingReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const count = (n: number, what: string) => n > 0 && found.push(`${n}${what}`)
  if (target.kind === 'person') {
    count(db.trainingPlans.filter((p) => p.personId === target.id).length, '项人才培养计划')
    count(db.trainingPlans.filter((p) => p.mentorId === target.id).length, '项人才培养计划中作为导师')
    count(db.mentoringPairs.filter((p) => p.helperId === target.id).length, '对四帮四促结对中作为帮扶人')
    count(db.mentoringPairs.filter((p) => p.helpedPersonId === target.id).length, '对四帮四促结对中作为帮扶对象')
  } else {
    count(db.mentoringPairs.filter((p) => p.helpedTeamId === target.id).length, '对四帮四促结对中作为联系班组')
  }
  return found
}

/**
 * A leader linked to the merged team is now linked to the team it went into. Where the same leader
 * already has a pair with that team in that year, the merged team's pair stays where it is (with
 * its own help records), with that team in the 回收站: restorable, never overwritten.
 */
export function mergeTrainingTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const taken = new Set(db.mentoringPairs.filter((p) => p.helpedTeamId === intoId).map((p) => `${p.year}/${p.helperId}`))
  const ofFrom = db.mentoringPairs.filter((p) => p.helpedTeamId === fromId)
  const moving = new Set(ofFrom.filter((p) => !taken.has(`${p.year}/${p.helperId}`)).map((p) => p.id))
  const kept = ofFrom.length - moving.size
  return {
    db: moving.size ? { ...db, mentoringPairs: db.mentoringPairs.map((p) => (moving.has(p.id) ? { ...p, helpedTeamId: intoId } : p)) } : db,
    moved: moving.size ? [`${moving.size}对四帮四促结对`] : [],
    notes: kept
      ? [`「${name(fromId)}」有${kept}对四帮四促结对没有并入：同一领导同一年度已与「${name(intoId)}」结对；它们留在「${name(fromId)}」名下，恢复该班组即可查看`]
      : []
  }
}
