import type { Contest } from '@shared/compete/contests/model'
import { conflict, invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { noticeEnd } from '@shared/rules/working-days'
import { findContest, type Stamp } from './contest-edit'
import { contestView, standings } from './view'

/*
 * 草稿 → 成绩公示 (with its 公示期) → 定稿. A contest goes to the notice only when every sheet is
 * in and agrees with its second keying and no award is pending; 定稿 locks the scores. Reopening
 * a final contest needs a reason, kept with the standings as they were; the standings as they
 * become are added when it is final again.
 */

/** The default 公示期: 5 working days from its first day. */
export const NOTICE_DAYS = 5

const put = (db: Database, contest: Contest): Database => ({ ...db, contests: db.contests.map((c) => (c.id === contest.id ? contest : c)) })

function mustBeReady(db: Readonly<Database>, contest: Contest, doing: string) {
  const blockers = contestView(db, contest).blockers
  if (blockers.length) throw conflict(`还不能${doing}：${blockers.join('；')}`)
}

export function publishContest(db: Database, id: string, from: string, to: string | undefined, stamp: Stamp): Database {
  const contest = findContest(db, id)
  if (contest.status !== 'draft') throw conflict(contest.status === 'final' ? '已定稿，不能再公示' : '已在公示中')
  mustBeReady(db, contest, '公示')
  const end = to ?? noticeEnd(from, NOTICE_DAYS)
  if (end < from) throw invalid('公示截止日期：不能早于开始日期')
  return put(db, { ...contest, status: 'notice', noticeFrom: from, noticeTo: end, updatedAt: stamp.now })
}

export function withdrawContest(db: Database, id: string, stamp: Stamp): Database {
  const contest = findContest(db, id)
  if (contest.status !== 'notice') throw conflict('只有公示中的竞赛可以撤回公示')
  return put(db, { ...contest, status: 'draft', noticeFrom: null, noticeTo: null, updatedAt: stamp.now })
}

export function finalizeContest(db: Database, id: string, stamp: Stamp): Database {
  const contest = findContest(db, id)
  if (contest.status !== 'notice') throw conflict(contest.status === 'final' ? '已经定稿' : '请先进行成绩公示，公示后再定稿')
  mustBeReady(db, contest, '定稿')
  const reopenings = contest.reopenings.map((r, n, all) => (n === all.length - 1 && r.after === null ? { ...r, after: standings(db, contest) } : r))
  return put(db, { ...contest, status: 'final', finalizedAt: stamp.now, reopenings, updatedAt: stamp.now })
}

export function reopenContest(db: Database, id: string, reason: string, stamp: Stamp): Database {
  const contest = findContest(db, id)
  if (contest.status !== 'final') throw conflict('只有已定稿的竞赛需要重新打开')
  const reopening = { at: stamp.now, reason, before: standings(db, contest), after: null }
  return put(db, { ...contest, status: 'draft', noticeFrom: null, noticeTo: null, finalizedAt: null, reopenings: [...contest.reopenings, reopening], updatedAt: stamp.now })
}
