import type { Services } from '../services'
import type { Handlers } from '../ipc/dispatch'
import { stamp } from './backups'

type StoreHandlers = Pick<Handlers, Extract<keyof Handlers, `store:${string}`>>

const JSON_FILTER = [{ name: '三亮三比三评数据备份', extensions: ['json'] }]

export function storeHandlers({ host, location, dialogs, openPath, now }: Services): StoreHandlers {
  return {
    'store:status': () => {
      const state = host.current
      if (state.mode === 'ready') return { mode: 'ready' as const }
      const { message, keptAs, newestGoodBackup } = state.recovery
      return { mode: 'recovery' as const, message, keptAs, newestGoodBackup, canStartEmpty: host.mayReplace(state.recovery) }
    },
    'store:info': async () => ({
      dataDir: host.paths.dir,
      dbFile: host.paths.dbFile,
      portable: location.portable,
      backups: await host.listBackups()
    }),
    'store:backupToFile': async () => {
      host.store()
      const path = await dialogs.saveFile({
        title: '备份到文件',
        defaultName: `三亮三比三评数据备份-${stamp(now())}.json`,
        filters: JSON_FILTER
      })
      if (!path) return { canceled: true as const }
      await host.backupToFile(path)
      return { canceled: false as const, value: path }
    },
    'store:restoreFromFile': async () => {
      const path = await dialogs.openFile({ title: '从文件恢复', filters: JSON_FILTER })
      if (!path) return { canceled: true as const }
      await host.restoreFromFile(path)
      return { canceled: false as const, value: path }
    },
    'store:restoreBackup': async ({ file }) => {
      await host.restoreFromBackup(file)
      return file
    },
    'store:startEmpty': async () => {
      await host.startEmpty()
      return null
    },
    'store:openDataDir': async () => {
      await openPath(host.paths.dir)
      return null
    }
  }
}
