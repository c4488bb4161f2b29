import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { currentPeriod } from '../../renderer/src/show/assessment/AssessmentPanel'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, seedPledge, seedUnit, waitForTables } from '../support/show-seed'

/*
 * 评诺 (issue #8): a finished result keeps the weights it was computed with and says which; 重新计算
 * shows old → new and asks; weights are percentages adding up to 100 and out-of-range numbers are
 * named, not clamped; an assessment with nothing graded is not saved.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const db = () => backend!.host.data()
const drawer = () => screen.getAllByRole('dialog', { hidden: true })[0]
const lastQuestion = () => [...document.querySelectorAll<HTMLElement>('.ant-modal-confirm')].at(-1)!
const settingsCard = () => screen.getByText('评诺等次与权重', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement

/** A published pledge of 王建国 assessed for this period: item 1 好/好/好, item 2 好/较好/一般. */
async function assessedPledge(finish: boolean) {
  backend = await createTestBackend()
  const { call, people } = await seedUnit(backend)
  const pledge = await seedPledge(call, people[0].id, ['submit', 'approve', 'publish'])
  const [first, second] = pledge.items
  await call('show:assessmentSave', {
    pledgeId: pledge.id,
    period: currentPeriod(),
    grades: [
      { itemId: first.id, self: 'good', organisation: 'good', public: 'good' },
      { itemId: second.id, self: 'good', organisation: 'fairlyGood', public: 'average' }
    ],
    assessedOn: `${pledge.year}-01-01` // this year's first day: never after today
  })
  if (finish) await call('show:pledgeTransition', { id: pledge.id, action: 'finish' })
  return pledge
}

async function setWeights(self: string, organisation: string, pub: string) {
  const card = settingsCard()
  fireEvent.change(within(card).getByLabelText('党员自评权重'), { target: { value: self } })
  fireEvent.change(within(card).getByLabelText('组织评价权重'), { target: { value: organisation } })
  fireEvent.change(within(card).getByLabelText('群众评价权重'), { target: { value: pub } })
}

describe('评诺 · a finished result', () => {
  it('keeps its weights when they are changed, says which, and 重新计算 shows old → new and asks first', async () => {
    await assessedPledge(true)
    await renderApp('/show/assessment', backend)
    // (100 + (100×.2 + 85×.5 + 70×.3)) / 2 = (100 + 83.5) / 2 = 91.75 → 91.8
    await screen.findByText('91.8')
    await waitForTables()

    // New weights 30/40/30 would make item 2 100×.3 + 85×.4 + 70×.3 = 85, the pledge 92.5.
    await setWeights('30', '40', '30')
    clickButton(/保存等次与权重/, settingsCard())
    await screen.findByText('评诺等次与权重已保存；已定稿的1条评诺结果仍按原设置计算，需要时可在该承诺的评诺中“重新计算”')
    expect(db().showSettings.assessment.weights).toEqual({ self: 30, organisation: 40, public: 30 })
    await waitFor(() => expect(screen.getByText('91.8')).toBeTruthy())
    expect(screen.queryByText('92.5')).toBeNull()
    expect(screen.getByText(/按党员自评20%、组织评价50%、群众评价30%计算（\d+年\d+月\d+日完成评诺时的设置，已定稿）/)).toBeTruthy()
    expect(db().pledgeAssessments[0].basis?.weights).toEqual({ self: 20, organisation: 50, public: 30 })

    // In the pledge's 评诺 tab: the same figure, the weights it keeps, and 重新计算.
    clickButton(/践诺·评诺/)
    await within(drawer()).findByTestId('assessment-basis')
    await waitFor(() => expect(within(drawer()).getByTestId('assessment-result').textContent).toMatch(/综合得分91\.8等次好/))
    expect(within(drawer()).getByTestId('assessment-basis').textContent).toMatch(/^按党员自评20%、组织评价50%、群众评价30%计算（.*完成评诺时的设置，已定稿）$/)

    clickButton(/重新计算/, drawer())
    const change = await screen.findByTestId('recompute-change')
    expect(change.textContent).toContain('综合结果好（91.8分） → 好（92.5分）')
    expect(change.textContent).toContain('原权重党员自评20%、组织评价50%、群众评价30%')
    expect(change.textContent).toContain('新权重党员自评30%、组织评价40%、群众评价30%')
    clickButton(/保持原结果/, lastQuestion())
    await waitFor(() => expect(lastQuestion().closest('.ant-modal-root')?.querySelector('.ant-modal-mask.ant-fade-leave')).toBeTruthy())
    await backend!.host.store().flush()
    expect(db().pledgeAssessments[0].basis?.weights).toEqual({ self: 20, organisation: 50, public: 30 })

    clickButton(/重新计算/, drawer())
    await waitFor(() => expect(document.querySelectorAll('.ant-modal-confirm')).toHaveLength(2))
    clickButton(/^重新计算$/, lastQuestion())
    await screen.findByText('已按当前设置重新计算：好（91.8分） → 好（92.5分）')
    expect(db().pledgeAssessments[0].basis).toMatchObject({ fixedBy: 'recompute', weights: { self: 30, organisation: 40, public: 30 } })
    await waitFor(() => expect(within(drawer()).getByTestId('assessment-result').textContent).toMatch(/综合得分92\.5/))
    expect(within(drawer()).getByTestId('assessment-basis').textContent).toMatch(/^按党员自评30%、组织评价40%、群众评价30%计算（.*重新计算时的设置，已定稿）$/)
  })

  it('a result not finished yet follows the new weights, and says it uses the current settings', async () => {
    await assessedPledge(false)
    await renderApp('/show/assessment', backend)
    await screen.findByText('91.8')
    await setWeights('30', '40', '30')
    clickButton(/保存等次与权重/, settingsCard())
    await screen.findByText('评诺等次与权重已保存')
    await screen.findByText('92.5')
    clickButton(/践诺·评诺/)
    await waitFor(() => expect(within(drawer()).getByTestId('assessment-basis').textContent).toBe('按党员自评30%、组织评价40%、群众评价30%计算（当前设置）'))
    expect(within(drawer()).queryByText(/重新计算/, { selector: 'button, button *' })).toBeNull()
  })
})

describe('评诺 · the settings', () => {
  it('names a weight sum other than 100% and a score over 100 instead of saving or clamping them', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/show/assessment', backend)
    await waitFor(() => expect((within(settingsCard()).getByLabelText('党员自评权重') as HTMLInputElement).value).toBe('20'))
    const before = structuredClone(db().showSettings)

    await setWeights('50', '50', '50')
    await waitFor(() => expect(within(settingsCard()).getByTestId('weight-total').textContent).toBe('合计150%，应为100%'))
    clickButton(/保存等次与权重/, settingsCard())
    await within(settingsCard()).findByText('党员自评、组织评价、群众评价的权重合计应为100%，现为150%')

    await setWeights('20', '50', '30')
    await waitFor(() => expect(within(settingsCard()).getByTestId('weight-total').textContent).toBe('合计100%'))
    const score = within(settingsCard()).getByLabelText('等次1分值') as HTMLInputElement
    fireEvent.change(score, { target: { value: '120' } })
    fireEvent.blur(score)
    await within(settingsCard()).findByText('分值应在0至100之间')
    expect(score.value).toBe('120')
    clickButton(/保存等次与权重/, settingsCard())
    await waitFor(() => expect(within(settingsCard()).getAllByText('分值应在0至100之间').length).toBeGreaterThan(0))
    await backend.host.store().flush()
    expect(db().showSettings).toEqual(before)
  })
})

describe('评诺 · nothing graded', () => {
  it('is not saved as an empty “尚未评分” record', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    await seedPledge(call, people[0].id, ['submit', 'approve', 'publish'])
    await renderApp('/show/assessment', backend)
    await screen.findByText(/践诺·评诺/, { selector: 'button, button *' })
    await waitForTables()
    clickButton(/践诺·评诺/)
    await within(drawer()).findByTestId('assessment-result')
    fireEvent.change(within(drawer()).getByLabelText('评语'), { target: { value: '待评' } })
    clickButton(/保存评诺/, drawer())
    await screen.findByText('还没有评分：请至少为一项承诺选择一个等次后再保存')
    await backend.host.store().flush()
    expect(db().pledgeAssessments).toEqual([])
    expect(screen.queryByText(/已保存：尚未评分/)).toBeNull()
  })
})
