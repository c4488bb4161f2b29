import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { GRADE_LABELS } from '@shared/appraisal/model'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { pick } from '../support/show-seed'

/*
 * 年终评优 on screen, over the real handlers with the demo unit: the 优秀 counter follows the
 * decisions, a 优秀 beyond the quota is refused with the quota's reason and not saved, and 定稿 waits
 * until everyone graded is decided.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const counter = () => screen.getByTestId('excellent-counter').textContent ?? ''

describe('年终评优 · 评定等次', () => {
  it('counts 优秀 against the quota live, and refuses one more than the quota', async () => {
    backend = await createTestBackend()
    await backend.call('demo:load')
    const year = backend.host.data().settings.year
    const before = await backend.call('appraisal:overview', { year })
    const excellent = before.rows.filter((r) => r.decision?.grade === 'excellent')
    // Each Select is opened once: jsdom never finishes a dropdown's closing motion, so an opened one stays in the page.
    const [other, another] = before.rows.filter((r) => r.graded && r.decision?.grade !== 'excellent')
    expect(excellent.length).toBe(before.quota)

    await renderApp('/appraisal', backend)
    await waitFor(() => expect(counter()).toContain(`${before.quota}/ ${before.quota}`))

    // One more 优秀 is refused and nothing changes.
    await pick(`${other.name}的评定等次`, GRADE_LABELS.excellent)
    await screen.findByText(new RegExp(`^优秀名额为${before.quota}名（参评${before.graded}人的1/3，向下取整），已评定${before.quota}名优秀`))
    expect(backend.host.data().appraisals[0].decisions.find((d) => d.personId === other.personId)?.grade).toBe(other.decision?.grade)

    // Moving one 优秀 to 合格 frees the place: the counter drops by one, then another member can take it.
    await pick(`${excellent[0].name}的评定等次`, GRADE_LABELS.qualified)
    await waitFor(() => expect(counter()).toContain(`${before.quota - 1}/ ${before.quota}`))
    await pick(`${another.name}的评定等次`, GRADE_LABELS.excellent)
    await waitFor(() => expect(counter()).toContain(`${before.quota}/ ${before.quota}`))
    const decisions = backend.host.data().appraisals[0].decisions
    expect(decisions.find((d) => d.personId === another.personId)?.grade).toBe('excellent')
    expect(decisions.find((d) => d.personId === excellent[0].personId)?.grade).toBe('qualified')
  })

  it('keeps 定稿 shut until every graded member is decided', async () => {
    backend = await createTestBackend()
    await backend.call('demo:load')
    const year = backend.host.data().settings.year
    const someone = (await backend.call('appraisal:overview', { year })).rows.find((r) => r.graded)!
    await backend.call('appraisal:decide', { year, personId: someone.personId, grade: null })
    await renderApp('/appraisal', backend)
    const finalise = (await screen.findByRole('button', { name: '定稿…' })) as HTMLButtonElement
    expect(finalise.disabled).toBe(true)
    expect(await screen.findByText('还有1人未评定等次，全部评定后才能定稿')).toBeTruthy()
  })
})
