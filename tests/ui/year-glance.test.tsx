import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'

/*
 * 首页 · the year at a glance over the demo unit: each stage's card with figures that open the
 * list they count, the year's dates in order, and the coming week's dates as a notice on start.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
  sessionStorage.clear()
})

describe('首页 · 本年度概览', () => {
  it('shows every stage’s figures as the channel gives them, and a figure opens its list', async () => {
    backend = await createTestBackend({ now: () => new Date(2026, 11, 20, 9, 0) })
    await backend.call('demo:load')
    const glance = await backend.call('home:glance')
    await renderApp('/home', backend)
    for (const stage of glance.stages) {
      const card = await screen.findByTestId(`glance-${stage.stage}`)
      for (const figure of stage.figures) expect(within(card).getAllByText(figure.label).length).toBeGreaterThan(0)
    }
    const show = glance.stages.find((s) => s.stage === 'show')!
    const overdue = show.figures.find((f) => f.label === '逾期未完成')!
    const figureLink = within(screen.getByTestId('glance-show'))
      .getAllByRole('link')
      .find((el) => el.textContent?.startsWith('逾期未完成'))!
    fireEvent.click(figureLink)
    await waitFor(() => expect(window.location.hash).toBe(`#${overdue.path}`))
  })

  it('lists the year’s dates in order and tells on start what falls in the coming week', async () => {
    // 2026-12-20: 年终评优 (12-25) is 5 days away; 年终评诺 (12-15) has passed.
    backend = await createTestBackend({ now: () => new Date(2026, 11, 20, 9, 0) })
    await backend.call('demo:load')
    await renderApp('/home', backend)
    await screen.findByText('2026年度日程')
    const notice = await waitFor(() => {
      const found = document.querySelector('.ant-notification-notice')
      if (!found) throw new Error('no notice yet')
      return found as HTMLElement
    })
    expect(notice.textContent).toContain('2026-12-25（5天后）民主评议党员（年终评优）')
    expect(notice.textContent).not.toContain('年终评诺')
    const days = [...document.querySelectorAll('.ant-list-item')].map((item) => item.textContent ?? '')
    expect(days.findIndex((t) => t.includes('年终评诺'))).toBeLessThan(days.findIndex((t) => t.includes('民主评议党员')))
    expect(days.find((t) => t.includes('年终评诺'))).toContain('已过5天')
  })
})
