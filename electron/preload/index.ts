import { contextBridge, ipcRenderer } from 'electron'
import { channelNames, splitChannel } from '@shared/contract'

// Mechanical on purpose: one method per contract channel, nothing else, no generic send.
const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
for (const name of channelNames) {
  const [domain, verb] = splitChannel(name)
  api[domain] ??= {}
  api[domain][verb] = (input?: unknown) => ipcRenderer.invoke(name, input)
}
contextBridge.exposeInMainWorld('api', api)
