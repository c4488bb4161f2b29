import {
  GROUP_PLEDGE_ITEMS,
  PERSON_PLEDGE_ITEMS,
  PLEDGE_ACTION_LABELS,
  PLEDGE_STATUS_LABELS,
  type Pledge,
  type PledgeAction,
  type PledgeStatus
} from '../show/model'

/**
 * The pledge cycle 草拟 → 支部审核 → 公开 → 践诺中 → 评诺 as a table of allowed moves. Pure: the
 * handler applies the result to the store.
 */
const MOVES: Record<PledgeAction, { from: readonly PledgeStatus[]; to: PledgeStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  /** The branch may still send it back after approving, until it is made public. */
  return: { from: ['submitted', 'approved'], to: 'returned' },
  publish: { from: ['approved'], to: 'published' },
  startFulfilling: { from: ['published'], to: 'fulfilling' },
  finish: { from: ['published', 'fulfilling'], to: 'assessed' },
  /** The member takes a submitted pledge back to change it before the branch decides. */
  reopen: { from: ['submitted'], to: 'draft' }
}

/** Content may change only while the member is writing it. */
export const EDITABLE_STATUSES: readonly PledgeStatus[] = ['draft', 'returned']
/** Statuses in which the pledge is public: printed on cards, placards and notices. */
export const PUBLIC_STATUSES: readonly PledgeStatus[] = ['approved', 'published', 'fulfilling', 'assessed']
/** Statuses in which fulfilment is recorded and assessed. */
export const ACTIVE_STATUSES: readonly PledgeStatus[] = ['published', 'fulfilling', 'assessed']

export const isEditable = (status: PledgeStatus) => EDITABLE_STATUSES.includes(status)
export const isPublic = (status: PledgeStatus) => PUBLIC_STATUSES.includes(status)
export const isActive = (status: PledgeStatus) => ACTIVE_STATUSES.includes(status)

export function allowedActions(status: PledgeStatus): PledgeAction[] {
  return (Object.keys(MOVES) as PledgeAction[]).filter((action) => MOVES[action].from.includes(status))
}

export type TransitionOutcome = { ok: true; pledge: Pledge } | { ok: false; message: string }

/** Checks the move and the pledge's completeness; returns the pledge after the move, with history. */
export function transition(pledge: Pledge, action: PledgeAction, at: string, reason = ''): TransitionOutcome {
  const move = MOVES[action]
  if (!move.from.includes(pledge.status)) {
    return { ok: false, message: `承诺当前为“${PLEDGE_STATUS_LABELS[pledge.status]}”，不能${PLEDGE_ACTION_LABELS[action]}` }
  }
  if (action === 'submit') {
    const problem = completenessProblem(pledge)
    if (problem) return { ok: false, message: problem }
  }
  const note = reason.trim()
  if (action === 'return' && !note) return { ok: false, message: '退回时请填写退回原因' }
  return {
    ok: true,
    pledge: {
      ...pledge,
      status: move.to,
      returnReason: action === 'return' ? note : action === 'submit' ? '' : pledge.returnReason,
      history: [...pledge.history, { at, action, from: pledge.status, to: move.to, note }],
      updatedAt: at
    }
  }
}

/** Why a pledge cannot go to review yet, or null. */
export function completenessProblem(pledge: Pick<Pledge, 'scope' | 'items'>): string | null {
  const { min, max } = pledge.scope === 'person' ? PERSON_PLEDGE_ITEMS : GROUP_PLEDGE_ITEMS
  if (pledge.items.length < min || pledge.items.length > max) {
    return pledge.scope === 'person' ? `党员承诺应有${min}至${max}项，目前${pledge.items.length}项` : `承诺事项应有${min}至${max}项`
  }
  if (pledge.scope !== 'person') {
    const missing = pledge.items.findIndex((item) => !item.responsibleId)
    if (missing >= 0) return `第${missing + 1}项承诺还没有责任人`
  }
  return null
}
