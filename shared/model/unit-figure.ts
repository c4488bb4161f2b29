import { z } from 'zod'

/*
 * The branch's own figures against 五个好 (for its 先进基层党组织 review): each stage says what its
 * records show for the unit as a whole, under one of the five, with where the figure came from.
 */

export const FIVE_GOODS = ['leadership', 'members', 'mechanism', 'performance', 'publicOpinion'] as const
export type FiveGood = (typeof FIVE_GOODS)[number]
export const FIVE_GOOD_LABELS: Record<FiveGood, string> = {
  leadership: '领导班子好',
  members: '党员队伍好',
  mechanism: '工作机制好',
  performance: '工作业绩好',
  publicOpinion: '群众反映好'
}

export const unitFigureSchema = z.object({
  criterion: z.enum(FIVE_GOODS),
  label: z.string(),
  /** As printed: 「95.0%」, 「12项」. */
  value: z.string(),
  /** Where it came from, in words: 「2026年承诺：37条，其中已评诺35条」. */
  basis: z.string()
})
export type UnitFigure = z.infer<typeof unitFigureSchema>
