import type { Database } from '@shared/model/database'
import type { TitleWon } from '@shared/compete/selections/contract'
import type { NomineeKind } from '@shared/compete/selections/model'
import { nominationsOf, nomineeName, noticeToOf, titleName } from './view'

/**
 * Titles won, for the year-end appraisal (年终评优): who the meeting elected in a selection whose
 * results were posted. A withdrawn 公示 takes its titles off the list until it is posted again.
 */
export function titlesWon(db: Readonly<Database>, today: string, filter: { year?: number; nomineeKind?: NomineeKind; nomineeId?: string } = {}): TitleWon[] {
  const won: TitleWon[] = []
  for (const selection of db.selections) {
    const noticeTo = noticeToOf(selection)
    if (!selection.noticeFrom || !noticeTo || (filter.year && selection.year !== filter.year)) continue
    for (const nomination of nominationsOf(db, selection.id)) {
      if (nomination.decision !== 'elected') continue
      if ((filter.nomineeKind && nomination.nomineeKind !== filter.nomineeKind) || (filter.nomineeId && nomination.nomineeId !== filter.nomineeId)) continue
      won.push({
        year: selection.year,
        selectionId: selection.id,
        titleId: selection.titleId,
        titleName: titleName(db, selection),
        nomineeKind: nomination.nomineeKind,
        nomineeId: nomination.nomineeId,
        nomineeName: nomineeName(db, nomination),
        decidedOn: selection.decidedOn,
        noticeFrom: selection.noticeFrom,
        noticeTo,
        noticeOver: noticeTo < today
      })
    }
  }
  return won.sort((a, b) => a.year - b.year || a.noticeFrom.localeCompare(b.noticeFrom))
}
