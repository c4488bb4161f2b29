import { version } from '../../../package.json'
import type { Services } from '../services'
import type { PartHandlers } from '../ipc/dispatch'
import { fontLicences } from '../print/fonts'
import { activePeople } from '../roster/rows'
import { describeFallbackFont, installFallbackFont, removeFallbackFont } from './fallback-font-file'
import { fallbackFontLicence } from './fallback-font-licence'

type SettingsHandlers = PartHandlers<'settings'>

const FONT_FILTER = [{ name: '字体文件（TrueType、OpenType）', extensions: ['ttf', 'otf'] }]

export function settingsHandlers({ host, dialogs }: Services): SettingsHandlers {
  const names = () => activePeople(host.data()).map((p) => p.name)
  return {
    get: () => host.data().settings,
    save: async (settings) => {
      const saved = await host.store().update((db) => ({ ...db, settings }))
      return saved.settings
    },
    about: () => {
      const fallback = fallbackFontLicence()
      return { version, fonts: [...fontLicences(), ...(fallback ? [fallback] : [])] }
    },
    fallbackFont: () => describeFallbackFont(host.paths, names()),
    addFallbackFont: async () => {
      host.store() // in the recovery screen: say so before asking for a file
      const path = await dialogs.openFile({ title: '选择补充打印字体', filters: FONT_FILTER })
      if (!path) return { canceled: true as const }
      await installFallbackFont(host.paths, path)
      return { canceled: false as const, value: describeFallbackFont(host.paths, names())! }
    },
    removeFallbackFont: async () => {
      host.store()
      return { removed: await removeFallbackFont(host.paths) }
    }
  }
}
