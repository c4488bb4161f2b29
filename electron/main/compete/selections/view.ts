import type { Database } from '@shared/model/database'
import { TEAM_KIND_LABELS } from '@shared/roster/model'
import { SELECTION_STATUS_LABELS, type NominationView, type SelectionStatus, type SelectionView } from '@shared/compete/selections/contract'
import type { Nomination, NomineeKind, Selection } from '@shared/compete/selections/model'
import { ballotRuleText, checkTally, nomineeResults, type TallyCheck } from '@shared/rules/ballot-tally'
import { voteSuggestions } from '@shared/rules/selection-decisions'
import { noticeEnd } from '@shared/rules/working-days'

/*
 * A selection as the screens, the documents and titlesWon read it: the title's words, the
 * nominees by name, the tally checked and each nominee's standing worked out from the stored
 * figures (never stored themselves, so they cannot drift from the votes).
 */

export interface Nominee {
  name: string
  teamName: string
  post: string
  isPartyMember: boolean
  deleted: boolean
}

export function nomineeOf(db: Readonly<Database>, kind: NomineeKind, id: string): Nominee | null {
  if (kind === 'team') {
    const team = db.teams.find((t) => t.id === id)
    return team ? { name: team.name, teamName: TEAM_KIND_LABELS[team.kind], post: '', isPartyMember: false, deleted: Boolean(team.deletedAt) } : null
  }
  const person = db.people.find((p) => p.id === id)
  if (!person) return null
  return {
    name: person.name,
    teamName: db.teams.find((t) => t.id === person.teamId)?.name ?? '',
    post: person.post,
    isPartyMember: person.politicalStatus === 'member' || person.politicalStatus === 'probationary',
    deleted: Boolean(person.deletedAt)
  }
}

export const nomineeName = (db: Readonly<Database>, nomination: Pick<Nomination, 'nomineeKind' | 'nomineeId'>) =>
  nomineeOf(db, nomination.nomineeKind, nomination.nomineeId)?.name ?? (nomination.nomineeKind === 'team' ? '（已删除班组）' : '（已删除人员）')

export const titleName = (db: Readonly<Database>, selection: Pick<Selection, 'titleId'>) => db.selectionTitles.find((t) => t.id === selection.titleId)?.name ?? '（已删除称号）'

/** 2026年度技术标兵评选. */
export const selectionLabel = (db: Readonly<Database>, selection: Pick<Selection, 'titleId' | 'year'>) => `${selection.year}年度${titleName(db, selection)}评选`

/** A selection's nominations in the order they were put forward. */
export const nominationsOf = (db: Readonly<Database>, selectionId: string) => db.nominations.filter((n) => n.selectionId === selectionId)

export function tallyCheckOf(db: Readonly<Database>, selection: Selection): TallyCheck | null {
  if (!selection.tally) return null
  const nominees = nominationsOf(db, selection.id).map((n) => ({ id: n.id, name: nomineeName(db, n), counts: n.votes }))
  return checkTally({ entitled: selection.entitled, ...selection.tally }, nominees, { choices: selection.ballot.choices, quota: selection.quota, limitFavourable: selection.ballot.limitFavourable })
}

export const noticeToOf = (selection: Pick<Selection, 'noticeFrom' | 'noticeDays'>) => (selection.noticeFrom ? noticeEnd(selection.noticeFrom, selection.noticeDays) : null)

export function statusOf(db: Readonly<Database>, selection: Selection, today: string): SelectionStatus {
  const noticeTo = noticeToOf(selection)
  if (noticeTo) return noticeTo < today ? 'closed' : 'published'
  const nominations = nominationsOf(db, selection.id)
  if (selection.tally && nominations.length && nominations.every((n) => n.decision)) return 'decided'
  return selection.tally ? 'voted' : 'nominating'
}

export const statusLabel = (status: SelectionStatus) => SELECTION_STATUS_LABELS[status]

export function selectionView(db: Readonly<Database>, selection: Selection, today: string): SelectionView {
  const title = db.selectionTitles.find((t) => t.id === selection.titleId)
  const tallyCheck = tallyCheckOf(db, selection)
  const nominations = nominationsOf(db, selection.id)
  const counted = tallyCheck?.verdict === 'valid' ? nomineeResults(selection.tally!.valid, nominations.map((n) => ({ id: n.id, counts: n.votes ?? [] }))) : []
  const suggestions = voteSuggestions(counted, selection.quota)
  const views: NominationView[] = nominations.map((nomination) => {
    const nominee = nomineeOf(db, nomination.nomineeKind, nomination.nomineeId)
    const result = counted.find((r) => r.id === nomination.id)
    return {
      ...nomination,
      nomineeName: nomineeName(db, nomination),
      teamName: nominee?.teamName ?? '',
      post: nominee?.post ?? '',
      result: result
        ? { favourable: result.favourable, favourableRate: result.favourableRate, overHalf: result.overHalf, rank: result.rank, suggestion: suggestions.get(result.id)! }
        : null
    }
  })
  return {
    ...selection,
    titleName: title?.name ?? '（已删除称号）',
    nomineeKind: title?.nominee ?? nominations[0]?.nomineeKind ?? 'person',
    membersOnly: title?.membersOnly ?? false,
    criteria: title?.criteria ?? '',
    status: statusOf(db, selection, today),
    ruleText: ballotRuleText({ choices: selection.ballot.choices, quota: selection.quota, limitFavourable: selection.ballot.limitFavourable }),
    noticeTo: noticeToOf(selection),
    tallyCheck,
    nominations: views
  }
}
