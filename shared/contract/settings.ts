import { z } from 'zod'
import { canceledOr, noInput, query, command, type ContractPart } from './define'
import { fallbackFontInfoSchema, storedSettingsSchema, unitSettingsSchema } from '../model/settings'

/** 单位信息: used on every printed document's header and 落款. */
export const settingsContract = {
  get: query('单位信息（抬头、落款、活动年度等）', noInput, storedSettingsSchema),
  save: command('保存单位信息', unitSettingsSchema, storedSettingsSchema),
  /** 关于: the version, and the print fonts with their licences (the OFL asks that it travel with them). */
  about: query(
    '版本号与打印字体及其许可证',
    noInput,
    z.object({ version: z.string(), fonts: z.array(z.object({ name: z.string(), licenceName: z.string(), licence: z.string() })) })
  ),
  /** The fallback font for 生僻字 (CJK Extension B and beyond), or null when none was added. */
  fallbackFont: query('补充打印字体（用于打印字体缺的生僻字）', noInput, fallbackFontInfoSchema.nullable()),
  addFallbackFont: command('选择字体文件作为补充打印字体（替换已有的）', noInput, canceledOr(fallbackFontInfoSchema), { dialog: 'open' }),
  /** Answers whether there was one to remove. */
  removeFallbackFont: command('移除补充打印字体', noInput, z.object({ removed: z.boolean() }))
} satisfies ContractPart
