import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, notFound } from '@shared/errors'
import { NOMINEE_KIND_LABELS, type SelectionTitle, type selectionTitleDraftSchema } from '@shared/compete/selections/model'

/* The editable list of titles (称号). A title in use keeps who it is for, and is not deleted. */

export function saveTitle(db: Database, draft: z.output<typeof selectionTitleDraftSchema>, newId: () => string): { db: Database; title: SelectionTitle } {
  const existing = draft.id ? db.selectionTitles.find((t) => t.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该称号')
  const twin = db.selectionTitles.find((t) => t.id !== existing?.id && t.name === draft.name)
  if (twin) throw conflict(`已有称号“${draft.name}”`)
  const used = existing ? db.selections.filter((s) => s.titleId === existing.id).length : 0
  if (existing && used && existing.nominee !== draft.nominee) {
    throw conflict(`“${existing.name}”已用于${used}项评选，评选对象不能再改为${NOMINEE_KIND_LABELS[draft.nominee]}`)
  }
  const title: SelectionTitle = {
    ...draft,
    id: existing?.id ?? newId(),
    order: existing?.order ?? Math.max(0, ...db.selectionTitles.map((t) => t.order)) + 1,
    builtIn: existing?.builtIn ?? false
  }
  const selectionTitles = existing ? db.selectionTitles.map((t) => (t.id === title.id ? title : t)) : [...db.selectionTitles, title]
  return { db: { ...db, selectionTitles }, title }
}

export function deleteTitle(db: Database, id: string): Database {
  const title = db.selectionTitles.find((t) => t.id === id)
  if (!title) throw notFound('该称号')
  const used = db.selections.filter((s) => s.titleId === id)
  if (used.length) throw conflict(`“${title.name}”已用于${used.map((s) => `${s.year}年度`).join('、')}的评选，不能删除`)
  return { ...db, selectionTitles: db.selectionTitles.filter((t) => t.id !== id) }
}
