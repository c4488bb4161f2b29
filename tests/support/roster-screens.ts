import { fireEvent, screen, waitFor } from '@testing-library/react'
import { readFile } from 'node:fs/promises'
import { afterEach } from 'vitest'
import type { Person, Team } from '@shared/roster/model'
import { createTestBackend, type TestBackend } from './backend'

/*
 * Shared by the roster screen tests: a backend per test (empty or with the demo unit), the database
 * as written to disk, and DOM helpers named as testing-library names its queries: get… throws when
 * nothing matches, query… returns nothing, find… waits. Buttons are found by their text: *ByRole
 * queries take seconds on a page with a full table.
 */

/** Registers the clean-up; `createEmpty()` / `createDemo()` make the test's backend. */
export function useRosterBackends() {
  let backend: TestBackend | undefined
  afterEach(async () => {
    await backend?.dispose()
    backend = undefined
  })
  return {
    get current(): TestBackend {
      if (!backend) throw new Error('no backend yet')
      return backend
    },
    async createEmpty(): Promise<TestBackend> {
      backend = await createTestBackend()
      return backend
    },
    async createDemo(): Promise<TestBackend> {
      backend = await createTestBackend()
      // The demo unit's people and teams only (no pledges), as the roster screens' tests expect.
      const loaded = await backend.dispatch('demo:load', { through: 'roster' })
      if (!loaded.ok) throw new Error(loaded.error.message)
      return backend
    }
  }
}

/** The database as written to disk. */
export async function readDatabaseFile(backend: TestBackend): Promise<{ people: Person[]; teams: Team[] }> {
  return JSON.parse(await readFile(backend.host.paths.dbFile, 'utf8'))
}

export const getTableRows = () => [...document.querySelectorAll('.ant-table-tbody tr[data-row-key]')] as HTMLElement[]
/** The first cell of each row after the selection box: the name in the people table. */
export const getNamesShown = () => getTableRows().map((row) => row.querySelector('td:not(.ant-table-selection-column)')!.textContent ?? '')
export const getField = (label: string) => screen.getByLabelText(label, { selector: 'input, textarea' }) as HTMLInputElement

export const queryButtons = (name: RegExp, root: ParentNode = document) => [...root.querySelectorAll('button')].filter((b) => name.test(b.textContent ?? ''))
export function getButton(name: RegExp, root: ParentNode = document): HTMLButtonElement {
  const [found] = queryButtons(name, root)
  if (!found) throw new Error(`no button ${name}`)
  return found
}
export const findButton = (name: RegExp, root?: ParentNode) => waitFor(() => getButton(name, root))

/** Waits for an element that appears later (a popup, a modal). */
export const findElement = (selector: string) =>
  waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found as HTMLElement
  })

/** Opens an antd Select by its aria-label and clicks the option with that text. */
export async function chooseOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label))
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((el) => el.textContent === option)
    if (!found) throw new Error(`no option ${option}`)
    return found as HTMLElement
  })
  fireEvent.click(item)
}
