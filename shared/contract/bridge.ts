import { contract, type Api, type PartName } from './index'

/**
 * Builds the `window.api` object: one method per contract channel, each forwarding to `invoke`.
 * The preload passes ipcRenderer.invoke; tests pass the real handlers' dispatch. The one cast says
 * what the loops build; tests/unit/ipc/contract-types.test.ts holds it to the contract, in types
 * (checked by `npm run typecheck`) and at run time.
 */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const part of Object.keys(contract) as PartName[]) {
    api[part] = {}
    for (const verb of Object.keys(contract[part])) api[part][verb] = (input?: unknown) => invoke(`${part}:${verb}`, input)
  }
  return api as Api
}
