import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid } from '@shared/errors'
import type { Selection, selectionDraftSchema } from '@shared/compete/selections/model'
import { checkDecisions } from '@shared/rules/selection-decisions'
import { findSelection, refuseIfCounted, refuseIfPublished } from './locks'
import type { Stamp } from './stamp'
import { nominationsOf, nomineeName, selectionLabel, selectionView, tallyCheckOf } from './view'

/* Selections as pure changes of the database: each returns the new database, or throws and changes nothing. */

export function saveSelection(db: Database, draft: z.output<typeof selectionDraftSchema>, stamp: Stamp): { db: Database; selection: Selection } {
  const existing = draft.id ? findSelection(db, draft.id) : undefined
  const title = db.selectionTitles.find((t) => t.id === draft.titleId)
  if (!title) throw invalid('所选称号不存在，请重新选择')
  if (existing) {
    refuseIfPublished(existing)
    const nominated = nominationsOf(db, existing.id)
    if (existing.titleId !== draft.titleId && nominated.some((n) => n.nomineeKind !== title.nominee)) {
      throw conflict(`已有推荐，称号“${title.name}”的评选对象不同，不能改换`)
    }
    const sameBallot = existing.quota === draft.quota && existing.ballot.limitFavourable === draft.ballot.limitFavourable && existing.ballot.choices.join('|') === draft.ballot.choices.join('|')
    if (!sameBallot) refuseIfCounted(existing, '修改名额和测评票选项')
  }
  const twin = db.selections.find((s) => s.id !== existing?.id && s.year === draft.year && s.titleId === draft.titleId)
  if (twin) throw conflict(`${selectionLabel(db, twin)}已经建立，请在原评选上修改`)
  const selection: Selection = {
    tally: null,
    decidedOn: '',
    noticeFrom: null,
    noticeDays: 5,
    history: [],
    createdAt: stamp.now,
    ...existing,
    ...draft,
    id: existing?.id ?? stamp.newId(),
    updatedAt: stamp.now
  }
  const selections = existing ? db.selections.map((s) => (s.id === selection.id ? selection : s)) : [...db.selections, selection]
  return { db: { ...db, selections }, selection }
}

/** Says what went with it, for the notice after the user confirmed. */
export function deleteSelection(db: Database, id: string): { db: Database; message: string } {
  const selection = findSelection(db, id)
  if (selection.noticeFrom) throw conflict('已公示的评选结果不能删除；如确需删除，请先撤回公示并说明原因')
  const nominations = nominationsOf(db, id)
  const withIt = [
    nominations.length ? `${nominations.length}条推荐` : '',
    selection.tally ? '计票' : '',
    nominations.some((n) => n.decision) ? '会议决定' : ''
  ].filter(Boolean)
  const message = `已删除${selectionLabel(db, selection)}${withIt.length ? `及其${withIt.join('、')}` : ''}；称号“${db.selectionTitles.find((t) => t.id === selection.titleId)?.name ?? ''}”和花名册中的人员、班组保留`
  return {
    db: { ...db, selections: db.selections.filter((s) => s.id !== id), nominations: db.nominations.filter((n) => n.selectionId !== id) },
    message
  }
}

/** 公示 needs a round that counts, every nominee decided (the notes the rules ask for given) and someone elected. */
export function publishSelection(db: Database, input: { id: string; noticeFrom: string; noticeDays: number }, stamp: Stamp): { db: Database; selection: Selection } {
  const selection = findSelection(db, input.id)
  refuseIfPublished(selection)
  const check = tallyCheckOf(db, selection)
  if (check?.verdict !== 'valid') throw conflict(check?.verdict === 'void' ? '本轮投票无效，不能公示；请重新投票并录入计票' : '请先录入计票并核对无误')
  const nominations = nominationsOf(db, selection.id)
  const undecided = nominations.filter((n) => !n.decision)
  if (undecided.length) throw conflict(`请先记录会议对${undecided.map((n) => nomineeName(db, n)).join('、')}的决定`)
  const view = selectionView(db, selection, stamp.today)
  const issues = checkDecisions(
    view.nominations.map((n) => ({ id: n.id, name: n.nomineeName, decision: n.decision, note: n.decisionNote, suggestion: n.result?.suggestion ?? null })),
    selection.quota,
    'valid'
  )
  if (issues.length) throw conflict(issues.map((issue) => issue.message).join('；'))
  if (!nominations.some((n) => n.decision === 'elected')) throw conflict('没有当选的被推荐人，无需公示')
  if (selection.decidedOn && input.noticeFrom < selection.decidedOn) throw invalid('公示开始日期不能早于会议决定日期')
  const published: Selection = {
    ...selection,
    noticeFrom: input.noticeFrom,
    noticeDays: input.noticeDays,
    history: [...selection.history, { at: stamp.now, action: 'publish', note: `公示${input.noticeDays}个工作日` }],
    updatedAt: stamp.now
  }
  return { db: { ...db, selections: db.selections.map((s) => (s.id === published.id ? published : s)) }, selection: published }
}

/** Withdrawing the 公示 keeps the votes and decisions; the reason stays in the history. */
export function unpublishSelection(db: Database, id: string, reason: string, stamp: Stamp): { db: Database; selection: Selection } {
  const selection = findSelection(db, id)
  if (!selection.noticeFrom) throw conflict('该评选结果尚未公示')
  const withdrawn: Selection = {
    ...selection,
    noticeFrom: null,
    history: [...selection.history, { at: stamp.now, action: 'unpublish', note: reason }],
    updatedAt: stamp.now
  }
  return { db: { ...db, selections: db.selections.map((s) => (s.id === id ? withdrawn : s)) }, selection: withdrawn }
}
