/*
 * The criteria a half-yearly review is held against, as the article gives them (2010 创先争优):
 * 五带头 for a member, 五个好 for a team or the branch. A round copies them and may edit its copy.
 */

export const FIVE_LEADS = ['带头学习提高', '带头争创佳绩', '带头服务群众', '带头遵纪守法', '带头弘扬正气'] as const
export const FIVE_GOODS = ['领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '群众反映好'] as const

/** One local rule's grades and points for 互评 (优秀10、合格7、基本合格5、不合格2); editable per round. */
export const DEFAULT_PEER_GRADES = [
  { id: 'excellent', label: '优秀', points: 10 },
  { id: 'qualified', label: '合格', points: 7 },
  { id: 'basic', label: '基本合格', points: 5 },
  { id: 'unqualified', label: '不合格', points: 2 }
] as const

/** Five criteria at 20 each make a self-review out of 100. */
export const DEFAULT_SELF_SCORE_MAX = 20

/** Stable ids for the default criteria, so two rounds' 带头学习提高 compare. */
export const defaultCriteria = (texts: readonly string[], prefix: string) => texts.map((text, n) => ({ id: `${prefix}${n + 1}`, text }))
