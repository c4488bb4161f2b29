import type { Contest } from '@shared/compete/contests/model'
import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'

/*
 * The people and teams a contest names (entrants, roster judges), for the roster: what blocks a
 * purge and what a team merge moves. A contest is a record of what
 * happened: a person in it is never silently dropped from it, so the roster keeps whom a contest
 * names (contestReferences) and there is nothing for a purge to take along.
 */

export function contestReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  if (target.kind === 'person') {
    const entered = db.contests.filter((c) => c.entrantKind === 'person' && c.entrants.includes(target.id)).length
    const judged = db.contests.filter((c) => c.judges.some((j) => j.personId === target.id)).length
    if (entered) found.push(`${entered}场比武竞赛的参赛者`)
    if (judged) found.push(`${judged}场比武竞赛的评委`)
  } else {
    const entered = db.contests.filter((c) => c.entrantKind === 'team' && c.entrants.includes(target.id)).length
    if (entered) found.push(`${entered}场比武竞赛的参赛班组`)
  }
  return found
}

/**
 * A merged team's contest entries move to the team it was merged into, with their scores, unless
 * that team entered the same contest too: two entries cannot become one, so that contest keeps
 * the merged team (in the 回收站, restorable) and says so.
 */
export function mergeContestTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const entered = db.contests.filter((c) => c.entrantKind === 'team' && c.entrants.includes(fromId))
  const moving = new Set(entered.filter((c) => !c.entrants.includes(intoId)).map((c) => c.id))
  const kept = entered.filter((c) => !moving.has(c.id))
  if (!entered.length) return { db, moved: [], notes: [] }
  const swap = (id: string) => (id === fromId ? intoId : id)
  const contests = db.contests.map((c) =>
    moving.has(c.id)
      ? {
          ...c,
          entrants: c.entrants.map(swap),
          rounds: c.rounds.map((r) => ({ ...r, entrantIds: r.entrantIds.map(swap) })),
          deductions: c.deductions.map((d) => ({ ...d, entrantId: swap(d.entrantId) })),
          tieDecisions: c.tieDecisions.map((d) => ({ ...d, entrantIds: d.entrantIds.map(swap) }))
        }
      : c
  )
  const contestSheets = db.contestSheets.map((s) => {
    if (!moving.has(s.contestId) || !(fromId in s.cells)) return s
    const { [fromId]: row, ...rest } = s.cells
    return { ...s, cells: { ...rest, [intoId]: row } }
  })
  return {
    db: { ...db, contests, contestSheets },
    moved: moving.size ? [`${moving.size}场比武竞赛的参赛记录`] : [],
    notes: kept.length ? [`「${kept.map((c) => c.name).join('」「')}」中「${name(intoId)}」也参赛了，「${name(fromId)}」的成绩留在原班组名下，恢复该班组即可查看`] : []
  }
}

/** Dangling names and rounds, for `cli check`. */
export function contestProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  const contests = new Map(db.contests.map((c) => [c.id, c]))
  for (const c of db.contests) {
    const pool = c.entrantKind === 'team' ? teams : people
    const gone = c.entrants.filter((id) => !pool.has(id))
    if (gone.length) problems.push(`比武竞赛「${c.name}」有${gone.length}名参赛者不在花名册中（${gone.join('、')}）`)
    for (const j of c.judges) if (j.personId && !people.has(j.personId)) problems.push(`比武竞赛「${c.name}」的评委不在花名册中（${j.personId}）`)
    for (const r of c.rounds) {
      const stranger = r.entrantIds.filter((id) => !c.entrants.includes(id))
      if (stranger.length) problems.push(`比武竞赛「${c.name}」的「${r.name}」中有${stranger.length}名参赛者不属于本场竞赛`)
    }
  }
  for (const s of db.contestSheets) {
    const c = contests.get(s.contestId)
    if (!c) problems.push(`评分表所属的比武竞赛不存在（${s.contestId}）`)
    else if (!c.rounds.some((r) => r.id === s.roundId) || !c.judges.some((j) => j.id === s.judgeId)) problems.push(`比武竞赛「${c.name}」有评分表指向不存在的轮次或评委（${s.id}）`)
  }
  return problems
}
