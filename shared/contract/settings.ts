import { z } from 'zod'
import { noInput, query, command, type ContractPart } from './define'
import { storedSettingsSchema, unitSettingsSchema } from '../model/settings'

/** 单位信息: used on every printed document's header and 落款. */
export const settingsContract = {
  get: query('单位信息（抬头、落款、活动年度等）', noInput, storedSettingsSchema),
  save: command('保存单位信息', unitSettingsSchema, storedSettingsSchema),
  /** 关于: the version, and the print fonts with their licences (the OFL asks that it travel with them). */
  about: query(
    '版本号与打印字体及其许可证',
    noInput,
    z.object({ version: z.string(), fonts: z.array(z.object({ name: z.string(), licence: z.string() })) })
  )
} satisfies ContractPart
