import { fontSelfDescription } from '../print/fallback-check'
import { fallbackFont } from '../print/fallback-font'

/**
 * 关于 lists the fallback font with the others. The app does not ship it and cannot know its
 * licence: the officer chose the file, so the licence is theirs to check, and the entry says so
 * together with what the font itself states.
 */
export function fallbackFontLicence(): { name: string; licenceName: string; licence: string } | null {
  const font = fallbackFont()
  if (!font) return null
  const { name, notice } = fontSelfDescription(font)
  return {
    name: `${name}（补充字体，由使用者添加，用于打印字体缺的生僻字）`,
    licenceName: '许可由使用者自行确认',
    licence:
      '这个字体文件是使用者在“设置 → 补充打印字体”中添加的，不随本软件提供。本软件无法判断它的许可：' +
      '请使用者自行确认有权使用该字体，并有权把它嵌入打印出的PDF文件中。\n\n' +
      `字体文件自身的版权与许可说明：\n${notice || '（字体文件中没有写明）'}`
  }
}
