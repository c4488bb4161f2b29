import { z } from 'zod'
import { phoneSchema } from '../rules/phone'
import { labelled } from '../validation'

export const unitSettingsSchema = z.object(
  labelled(
    {
      unitName: z.string().trim().min(1, '请填写单位名称').max(60, '单位名称不超过60个字'),
      branchName: z.string().trim().max(60, '党组织名称不超过60个字').default(''),
      year: z.number({ error: '活动年度应为数字' }).int('活动年度应为整数').min(2000, '活动年度不早于2000年').max(2100, '活动年度不晚于2100年'),
      principal: z.string().trim().max(20, '负责人姓名不超过20个字').default(''),
      phone: phoneSchema('联系电话').default(''),
      noticeSignature: z.string().trim().max(60, '公示落款不超过60个字').default('')
    },
    { unitName: '单位名称', branchName: '党组织名称', year: '活动年度', principal: '负责人', phone: '联系电话', noticeSignature: '公示落款' }
  )
)
export type UnitSettings = z.infer<typeof unitSettingsSchema>

/** Stored settings may be blank on a new database: the unit name is only required when saving. */
export const storedSettingsSchema = unitSettingsSchema.extend({
  unitName: z.string().max(60).default('')
})
export type StoredSettings = z.infer<typeof storedSettingsSchema>

export function defaultSettings(now: Date): StoredSettings {
  return { unitName: '', branchName: '', year: now.getFullYear(), principal: '', phone: '', noticeSignature: '' }
}

/** 设置 → 补充打印字体: the officer's own font for the characters the bundled fonts lack (生僻字). */
export const fallbackFontInfoSchema = z.object({
  /** The font's family name, as it names itself. */
  name: z.string(),
  /** Where it is kept: the data folder's fonts/fallback.ttf. */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  /** How many ideographs of CJK Extension B and beyond it has. */
  extendedHan: z.number().int().nonnegative(),
  /** Characters of the roster's names that only this font prints. */
  printsInNames: z.array(z.string()),
  /** Characters of the roster's names that no font has, this one included. */
  stillMissing: z.array(z.string())
})
export type FallbackFontInfo = z.infer<typeof fallbackFontInfoSchema>
