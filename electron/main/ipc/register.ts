import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelNames, type Result } from '@shared/contract'
import type { Dispatch } from './dispatch'

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: '请求来源不受信任，已拒绝' } }

/** Registers every contract channel, each behind the sender check. Only `import type` from electron. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) return FORBIDDEN
      return dispatch(name, input)
    })
  }
}
