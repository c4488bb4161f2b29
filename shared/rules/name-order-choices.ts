/*
 * The name orders a printed list can take, without the stroke and pinyin data behind them: the
 * renderer's print form imports only this file, so the page does not load cnchar and pinyin-pro.
 * The sorting itself is in ./name-order.ts (main only).
 */

export const NAME_ORDERS = ['roster', 'strokes', 'pinyin'] as const
export type NameOrder = (typeof NAME_ORDERS)[number]
/** The orders that sort by the name itself ('roster' is team, then position, done by the caller). */
export type NameSortOrder = Exclude<NameOrder, 'roster'>

export const NAME_ORDER_LABELS: Record<NameOrder, string> = {
  roster: '花名册顺序（班组、职务）',
  strokes: '姓氏笔画',
  pinyin: '拼音'
}

export function isNameOrder(value: unknown): value is NameOrder {
  return typeof value === 'string' && (NAME_ORDERS as readonly string[]).includes(value)
}
