import type { Database } from '@shared/model/database'
import type { LeaderPlan } from '@shared/evaluate/leader/contract'
import type { Reminder } from '@shared/model/reminder'
import { daysBetween } from '@shared/rules/dates'
import { halfBounds, halfOf, periodTitle, type Half } from '@shared/rules/review-dates'

/*
 * The plan of a half year: every team with a 分管领导 (team.leaderId) is to be reviewed by that
 * leader within the half. Not yet reviewed: 未点评 until the half's last day, 逾期 after it. A
 * leader's review of another team, or of a member, counts for that team only if he is its leader.
 */
export function leaderPlan(db: Readonly<Database>, year: number, half: Half, asOf: string): LeaderPlan {
  const { from, to } = halfBounds(year, half)
  const people = new Map(db.people.map((p) => [p.id, p]))
  const rows = db.teams
    .filter((t) => !t.deletedAt && t.leaderId && people.has(t.leaderId) && !people.get(t.leaderId)!.deletedAt)
    .sort((a, b) => a.order - b.order)
    .map((team) => {
      const review = db.leaderReviews.find((r) => r.year === year && r.half === half && r.leaderId === team.leaderId && r.subject.kind === 'team' && r.subject.id === team.id)
      return {
        leaderId: team.leaderId!,
        leaderName: people.get(team.leaderId!)!.name,
        teamId: team.id,
        teamName: team.name,
        state: review ? ('done' as const) : asOf > to ? ('late' as const) : ('due' as const),
        reviewId: review?.id ?? null,
        reviewedOn: review?.reviewedOn ?? null
      }
    })
  // One leader's teams together, in the order of his first team.
  const firstAt = new Map<string, number>()
  rows.forEach((row, n) => firstAt.has(row.leaderId) || firstAt.set(row.leaderId, n))
  return { from, dueOn: to, rows: rows.map((row, n) => ({ row, n })).sort((a, b) => firstAt.get(a.row.leaderId)! - firstAt.get(b.row.leaderId)! || a.n - b.n).map(({ row }) => row) }
}

/**
 * Teams not yet reviewed in the current half (due within `withinDays` or late), and the previous
 * half's still missing: a late review is still wanted. Also 整改时限 of leader-review problems not reported fixed.
 */
export function leaderReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  const year = Number(today.slice(0, 4))
  const half = halfOf(today)
  const halves: [number, Half][] = [half === 'first' ? [year - 1, 'second'] : [year, 'first'], [year, half]]
  const late = halves.flatMap(([y, h]) => {
    const plan = leaderPlan(db, y, h, today)
    if (daysBetween(today, plan.dueOn) > withinDays) return []
    return plan.rows
      .filter((row) => row.state !== 'done')
      .map((row) => ({
        key: `leaderPlan/${y}-${h}/${row.teamId}`,
        stage: 'evaluate',
        kind: '领导点评',
        title: `${periodTitle(y, h)}点评${row.teamName}`,
        ownerName: row.leaderName,
        dueOn: plan.dueOn,
        daysOverdue: daysBetween(plan.dueOn, today),
        path: '/evaluate/leader-plan'
      }))
  })
  const fixes = db.leaderReviews
    .filter((r) => r.year === db.settings.year)
    .flatMap((review) =>
      review.problems
        .filter((p) => p.dueOn && !review.response?.fixedProblemIds.includes(p.id) && daysBetween(today, p.dueOn) <= withinDays)
        .map((p) => ({
          key: `leaderReviews/${review.id}/${p.id}`,
          stage: 'evaluate',
          kind: '领导点评整改',
          title: p.text,
          ownerName: review.subject.kind === 'team' ? (db.teams.find((t) => t.id === review.subject.id)?.name ?? '') : (db.people.find((x) => x.id === review.subject.id)?.name ?? ''),
          dueOn: p.dueOn!,
          daysOverdue: daysBetween(p.dueOn!, today),
          path: '/evaluate/leader'
        }))
    )
  return [...late, ...fixes]
}
