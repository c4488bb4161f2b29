import { channelNames, splitChannel, type Api } from './index'

/**
 * Builds the `window.api` object: one method per contract channel, each forwarding to `invoke`.
 * The preload passes ipcRenderer.invoke; tests pass the real handlers' dispatch.
 */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const name of channelNames) {
    const [domain, verb] = splitChannel(name)
    api[domain] ??= {}
    api[domain][verb] = (input?: unknown) => invoke(name, input)
  }
  return api as unknown as Api
}
