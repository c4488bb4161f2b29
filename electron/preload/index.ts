import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/contract/bridge'

// Mechanical on purpose: exactly one method per contract channel, no generic send or invoke.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)
