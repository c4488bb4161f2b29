import { z } from 'zod'
import type { Contest, ContestStatus } from '@shared/compete/contests/model'
import { CONTEST_STATUS_LABELS } from '@shared/compete/contests/model'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { PrintControl } from '@shared/model/print'

/*
 * Which contest a contest document prints: the one named by `contestId` (the contest screen sends
 * it), or else the year's latest contest that the document can print (the print centre and
 * `cli export` name none).
 */

export const contestIdOption = z.string().min(1).max(100).optional()

/**
 * The print centre's form for `contestId`: its choices are fixed with the catalogue, so it offers
 * none and says what is printed; the contest screen sends the id of the contest on screen.
 */
export const contestControl = (which: string): PrintControl => ({
  kind: 'choice',
  field: 'contestId',
  label: '比武竞赛',
  choices: [],
  optional: true,
  extra: `打印${which}；要打印另一场，请在“比技能 · 比武竞赛”中打开它，从“打印”中打印`
})

export function pickContest(db: Readonly<Database>, year: number, contestId: string | undefined, statuses: readonly ContestStatus[], what: string): Contest {
  if (contestId) {
    const contest = db.contests.find((c) => c.id === contestId)
    if (!contest) throw new AppError('NOT_FOUND', '该比武竞赛不存在或已被删除')
    if (!statuses.includes(contest.status)) {
      throw new AppError('NOTHING_TO_PRINT', `「${contest.name}」现为${CONTEST_STATUS_LABELS[contest.status]}，${what}要在${statuses.map((s) => CONTEST_STATUS_LABELS[s]).join('或')}时打印`)
    }
    return contest
  }
  const latest = db.contests.filter((c) => c.year === year && statuses.includes(c.status)).sort((a, b) => b.date.localeCompare(a.date))[0]
  if (!latest) throw new AppError('NOTHING_TO_PRINT', `${year}年度还没有${statuses.map((s) => CONTEST_STATUS_LABELS[s]).join('或')}的比武竞赛，无法打印${what}`)
  return latest
}

/** 落款 of the contest: its own, else the unit's notice signature. */
export const issuerOf = (contest: Contest, signature: string) => contest.issuer || signature
