import { z } from 'zod'
import { printOptions } from '@shared/model/print'
import { labelled } from '@shared/validation'

/*
 * How a document spells its options schema: the shared pieces from shared/model/print.ts under
 * the same names in every document, each field labelled so a refusal names it (“公示开始日期：为必填项”).
 */

/** Who is printed and in what order, the year, and the missing-glyph confirmation. */
export const selectionOptions = {
  year: printOptions.year,
  teamId: printOptions.teamId,
  personIds: printOptions.personIds,
  nameOrder: printOptions.nameOrder,
  allowMissingGlyphs: printOptions.allowMissingGlyphs
}

/** Labels of the fields documents share; a document labels its own fields. */
const SHARED_LABELS: Record<string, string> = {
  year: '年度',
  paper: '纸张',
  orientation: '纸张方向',
  teamId: '班组',
  personIds: '人员',
  nameOrder: '姓名顺序',
  allowMissingGlyphs: '缺字仍打印',
  noticeFrom: '公示开始日期',
  noticeTo: '公示结束日期',
  date: '落款日期'
}

/** A document's options schema: an object (unknown keys are dropped), every field labelled. */
export function documentOptions<S extends z.ZodRawShape>(shape: S, labels: { [K in keyof S]?: string } = {}) {
  const shared = Object.fromEntries(Object.entries(SHARED_LABELS).filter(([key]) => key in shape)) as { [K in keyof S]?: string }
  return z.object(labelled(shape, { ...shared, ...labels }))
}
