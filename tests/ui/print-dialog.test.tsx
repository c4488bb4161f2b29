import { fireEvent, screen, waitFor } from '@testing-library/react'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PrintJob } from '@shared/model/print'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, queryButton, seedPledge, seedUnit, YEAR } from '../support/show-seed'

let backend: TestBackend | undefined
let outDir: string | undefined
afterEach(async () => {
  await backend?.dispose()
  if (outDir) await rm(outDir, { recursive: true, force: true })
  backend = undefined
  outDir = undefined
})

/** Records what the screen learnt from print:progress, and whether it showed a progress bar then. */
function watchProgress() {
  const states: PrintJob['state'][] = []
  const real = window.api.print.progress
  window.api.print.progress = async (input) => {
    const result = await real(input)
    if (result.ok) states.push(result.value.state)
    return result
  }
  let barSeen = false
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="print-progress"] .ant-progress')) barSeen = true
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return { states, barSeen: () => barSeen, stop: () => observer.disconnect() }
}

async function savedPdf(b: TestBackend) {
  outDir = await mkdtemp(join(tmpdir(), 'lbp-print-ui-'))
  const target = join(outDir, '岗位牌.pdf')
  b.dialogs.saves.push(target)
  clickButton(/保存PDF/)
  await waitFor(() => expect(screen.getByText(`已保存到 ${target}`)).toBeTruthy())
  return readFile(target)
}

describe('打印中心 and the print dialog', () => {
  it('renders with progress, previews, saves through the system dialog and opens the file', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    await seedPledge(call, people[0].id, ['submit', 'approve'])
    await renderApp('/print', backend)
    await screen.findByTestId('print-doc-post-placard')
    const progress = watchProgress()
    clickButton(/生成预览/)
    await waitFor(() => expect(screen.getByTestId('preview-pages').textContent).toContain('共 2 页'))
    progress.stop()
    expect(progress.states.at(-1)).toBe('done')
    // Whenever main said the job was still going, the bar was on screen.
    if (progress.states.some((s) => s === 'running' || s === 'queued')) expect(progress.barSeen()).toBe(true)
    expect(screen.getByText(`${YEAR}年度党员岗位牌.pdf`)).toBeTruthy()

    const bytes = await savedPdf(backend)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(1000)

    clickButton(/打开\/打印/)
    await waitFor(() => expect(backend!.opened).toHaveLength(1))
    // The viewer's copies share one temp folder: a name still there from an earlier run gets a number.
    expect(backend.opened[0]).toMatch(/党员岗位牌(（\d+）)?\.pdf$/)
    await rm(backend.opened[0], { force: true })
  })

  it('stops on a character the fonts lack, says which, and prints anyway when asked', async () => {
    backend = await createTestBackend()
    await seedUnit(backend, ['王建国', '张𠮷'])
    await renderApp('/show/identity', backend)
    await screen.findByText('缺字：𠮷')
    clickButton(/打印桌牌/)
    await screen.findByText('打印 · 桌牌')
    clickButton(/生成预览/)
    const warning = await screen.findByText(/以下文字打印字体缺失/)
    expect(warning.textContent).toContain('𠮷（张𠮷）')
    expect(screen.queryByRole('button', { name: /保存PDF/, hidden: true })).toBeNull()

    clickButton(/仍然生成/)
    await waitFor(() => expect(screen.getByTestId('preview-pages').textContent).toContain('共 2 页'))
    expect(screen.getByText('部分文字印成了方框')).toBeTruthy()
    const bytes = await savedPdf(backend)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('lists who 承诺卡 leaves out and why before rendering, and again beside the result', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend, ['王建国', '李秀英', '张伟'])
    await seedPledge(call, people[0].id, ['submit', 'approve'])
    await seedPledge(call, people[1].id, ['submit'])
    await renderApp('/print', backend)
    fireEvent.click(await screen.findByTestId('print-doc-pledge-cards'))
    const renders: unknown[] = []
    const realRender = window.api.print.render
    window.api.print.render = (input) => {
      renders.push(input)
      return realRender(input)
    }

    clickButton(/生成预览/)
    const asked = await screen.findByTestId('print-left-out')
    expect(asked.textContent).toContain('所选人员中有2人不会印出')
    expect(screen.getAllByTestId('print-left-out-reason').map((el) => el.textContent)).toEqual(['承诺待支部审核（1人）：李秀英', '未作承诺（1人）：张伟'])
    expect(renders).toHaveLength(0)

    // 返回修改: nothing rendered, the list goes.
    clickButton(/返回修改/)
    await waitFor(() => expect(screen.queryByTestId('print-left-out')).toBeNull())
    expect(renders).toHaveLength(0)

    clickButton(/生成预览/)
    await screen.findByText('所选人员中有2人不会印出')
    clickButton(/仍然生成/)
    await waitFor(() => expect(screen.getByTestId('preview-pages').textContent).toContain('共 1 页'))
    expect(renders).toHaveLength(1)
    const shown = screen.getByTestId('print-left-out')
    expect(shown.textContent).toContain('本次未印2人')
    expect(shown.textContent).toContain('李秀英')
    expect(shown.textContent).toContain('张伟')
    expect(queryButton(/仍然生成/)).toBeNull()
  })

  it('renders at once when the request leaves no one out', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    for (const person of people) await seedPledge(call, person.id, ['submit', 'approve'])
    await renderApp('/print', backend)
    fireEvent.click(await screen.findByTestId('print-doc-pledge-cards'))
    clickButton(/生成预览/)
    await waitFor(() => expect(screen.getByTestId('preview-pages').textContent).toContain('共 1 页'))
    expect(screen.queryByTestId('print-left-out')).toBeNull()
  })

  it('取消 asks main to cancel the running job and stops following it', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/print', backend)
    fireEvent.click(await screen.findByTestId('print-doc-notice-board'))
    // Main is made to look busy until 取消, so the button can be pressed whatever the machine's speed.
    let canceled = false
    const polls: string[] = []
    let pollsAnswering = 0
    const real = window.api.print.progress
    window.api.print.progress = async (input) => {
      polls.push(input!.jobId)
      pollsAnswering++
      try {
        const result = await real(input)
        return result.ok && !canceled ? { ok: true, value: { ...result.value, state: 'running', phase: 'layout', progress: 0.4 } } : result
      } finally {
        pollsAnswering--
      }
    }
    const cancels: string[] = []
    const realCancel = window.api.print.cancel
    window.api.print.cancel = (input) => {
      canceled = true
      cancels.push(input!.jobId)
      return realCancel(input)
    }
    clickButton(/生成预览/)
    await screen.findByText('40%')
    await screen.findByText(/正在生成“党员公示栏”：排版/)
    clickButton(/^取\s*消$/, screen.getByTestId('print-progress'))
    await waitFor(() => expect(screen.queryByTestId('print-progress')).toBeNull())
    expect(cancels).toEqual([polls[0]])
    const pollsAfterCancel = polls.length
    // Not a wait for time to pass: once the poll that was on its way (if any) is answered, a next
    // poll can only come from a timer set by then. Node runs due timers in order, so one set now
    // for more than the screen's poll interval (300 ms) runs after it however slow the machine is.
    await waitFor(() => expect(pollsAnswering).toBe(0))
    await new Promise((after) => setTimeout(after, 2 * 300))
    expect(polls.length).toBe(pollsAfterCancel)
  })
})
