import { describe, expect, it } from 'vitest'
import { pledgeSchema, type Pledge, type PledgeAction } from '@shared/show/model'
import { allowedActions, completenessProblem, isPublic, transition } from '@shared/rules/pledge-workflow'

const AT = '2026-03-01T08:00:00.000Z'

function pledge(overrides: Partial<Pledge> = {}): Pledge {
  return pledgeSchema.parse({
    id: 'p1',
    year: 2026,
    scope: 'person',
    personId: 'person-1',
    items: [
      { id: 'i1', category: 'study', content: '每月学习8学时' },
      { id: 'i2', category: 'service', content: '微笑服务' }
    ],
    ...overrides
  })
}

/** Applies actions in order, failing the test at the first refused one. */
function run(start: Pledge, ...actions: Array<PledgeAction | [PledgeAction, string]>): Pledge {
  return actions.reduce((current, step) => {
    const [action, reason] = Array.isArray(step) ? step : [step, '']
    const outcome = transition(current, action, AT, reason)
    if (!outcome.ok) throw new Error(`${action}: ${outcome.message}`)
    return outcome.pledge
  }, start)
}

describe('pledge workflow 草拟 → 支部审核 → 公开 → 践诺中 → 评诺', () => {
  it('goes the whole way and records every step', () => {
    const done = run(pledge(), 'submit', 'approve', 'publish', 'startFulfilling', 'finish')
    expect(done.status).toBe('assessed')
    expect(done.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'draft>submitted',
      'submitted>approved',
      'approved>published',
      'published>fulfilling',
      'fulfilling>assessed'
    ])
  })

  it('returns with a reason, keeps the reason until the member submits again', () => {
    const returned = run(pledge(), 'submit', ['return', '请写明衡量标准'])
    expect(returned.status).toBe('returned')
    expect(returned.returnReason).toBe('请写明衡量标准')
    expect(returned.history.at(-1)?.note).toBe('请写明衡量标准')
    const again = run(returned, 'submit')
    expect(again.status).toBe('submitted')
    expect(again.returnReason).toBe('')
  })

  it('refuses a return without a reason', () => {
    const outcome = transition(run(pledge(), 'submit'), 'return', AT, '   ')
    expect(outcome).toEqual({ ok: false, message: '退回时请填写退回原因' })
  })

  it('refuses moves the status does not allow, naming the status', () => {
    const draft = pledge()
    for (const action of ['approve', 'publish', 'startFulfilling', 'finish', 'reopen'] as const) {
      const outcome = transition(draft, action, AT)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.message).toContain('草拟')
    }
    const published = run(pledge(), 'submit', 'approve', 'publish')
    expect(transition(published, 'return', AT, '太晚了').ok).toBe(false)
  })

  it('lists exactly the moves each status allows', () => {
    expect(allowedActions('draft')).toEqual(['submit'])
    expect(allowedActions('submitted').sort()).toEqual(['approve', 'reopen', 'return'])
    expect(allowedActions('approved').sort()).toEqual(['publish', 'return'])
    expect(allowedActions('assessed')).toEqual([])
  })

  it('a member pledge needs 2 to 5 items before review; a team pledge needs a 责任人 for each item', () => {
    const one = pledge({ items: [pledge().items[0]] })
    expect(transition(one, 'submit', AT)).toEqual({ ok: false, message: '党员承诺应有2至5项，目前1项' })
    const team = pledge({ scope: 'team', personId: null, teamId: 't1' })
    expect(completenessProblem(team)).toBe('第1项承诺还没有责任人')
    expect(completenessProblem({ ...team, items: team.items.map((i) => ({ ...i, responsibleId: 'person-1' })) })).toBeNull()
  })

  it('only approved and later pledges are public', () => {
    expect(isPublic('submitted')).toBe(false)
    expect(isPublic('approved')).toBe(true)
    expect(isPublic('assessed')).toBe(true)
  })
})
