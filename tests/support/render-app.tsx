import { render } from '@testing-library/react'
import { buildApi } from '@shared/contract/bridge'
import { Root } from '../../renderer/src/app/Root'
import { createTestBackend, type TestBackend } from './backend'

/** Renders the whole app in jsdom with `window.api` wired to the real handlers on a temp folder. */
export async function renderApp(route = '/settings', backend?: TestBackend) {
  const server = backend ?? (await createTestBackend())
  window.api = buildApi((channel, input) => server.dispatch(channel, structuredClone(input)))
  window.location.hash = route
  const view = render(<Root />)
  return { ...view, backend: server }
}
