import type { Services } from '../services'
import type { PartHandlers } from '../ipc/dispatch'
import { syncFallbackFont } from '../settings/fallback-font-file'
import { stamp } from './backups'

type StoreHandlers = PartHandlers<'store'>

const JSON_FILTER = [{ name: '三亮三比三评数据备份', extensions: ['json'] }]

export function storeHandlers({ host, location, dialogs, openPath, now }: Services): StoreHandlers {
  return {
    status: () => {
      const state = host.current
      if (state.mode === 'ready') return { mode: 'ready' as const }
      const { message, keptAs, newestGoodBackup } = state.recovery
      return { mode: 'recovery' as const, message, keptAs, newestGoodBackup, canStartEmpty: host.mayReplace(state.recovery) }
    },
    info: async () => ({
      dataDir: host.paths.dir,
      dbFile: host.paths.dbFile,
      portable: location.portable,
      backups: await host.listBackups()
    }),
    backupToFile: async () => {
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
    inspectFile: async () => {
      const path = await dialogs.openFile({ title: '从文件恢复', filters: JSON_FILTER })
      if (!path) return { canceled: true as const }
      return { canceled: false as const, value: await host.inspectFile(path) }
    },
    restoreFile: async ({ token }) => {
      const restored = await host.restoreInspected(token)
      // A restore may bring the fallback font with it: print with what the folder now holds.
      syncFallbackFont(host.paths)
      return restored
    },
    inspectBackup: ({ file }) => host.inspectBackup(file),
    restoreBackup: async ({ file }) => {
      await host.restoreFromBackup(file)
      syncFallbackFont(host.paths)
      return file
    },
    lastRestore: async () => host.takeLastRestore(),
    startEmpty: async () => {
      await host.startEmpty()
      return null
    },
    openDataDir: async () => {
      await openPath(host.paths.dir)
      return null
    }
  }
}
