import type { Database } from '@shared/model/database'
import { conflict, notFound } from '@shared/errors'
import type { Selection } from '@shared/compete/selections/model'

/*
 * Finished figures do not change by accident: once the results are posted (公示) nothing of the
 * selection changes until the 公示 is withdrawn with a reason; once votes are counted, the list of
 * nominees and the ballot they were printed on stay as they were until the tally is cleared.
 */

export function findSelection(db: Readonly<Database>, id: string): Selection {
  const selection = db.selections.find((s) => s.id === id)
  if (!selection) throw notFound('该评选')
  return selection
}

export function refuseIfPublished(selection: Selection): void {
  if (selection.noticeFrom) throw conflict('评选结果已公示，不能修改；如需修改，请先撤回公示并说明原因')
}

export function refuseIfCounted(selection: Selection, what: string): void {
  if (selection.tally) throw conflict(`已录入计票，不能${what}；如需调整，请先清除计票（会议决定一并清除）`)
}
