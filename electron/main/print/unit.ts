import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'

/** The unit header and 落款 every document prints: who posts it, the year, the supervision phone. */
export interface PrintUnit {
  unitName: string
  branchName: string
  year: number
  /** 监督电话: the 三亮 setting, else the unit's phone. */
  supervisionPhone: string
  /** 落款: the unit settings' 公示落款, else the Party organisation, else the unit. */
  signature: string
}

/** The unit as printed; refuses (in Chinese) while 单位名称 is empty, since every document needs it. */
export function printUnit(db: Database, year: number): PrintUnit {
  const { settings } = db
  if (!settings.unitName) throw new AppError('NO_UNIT', '请先在“设置 → 单位信息”中填写单位名称，打印的文件要用到它')
  return {
    unitName: settings.unitName,
    branchName: settings.branchName,
    year,
    supervisionPhone: db.showSettings.supervisionPhone || settings.phone,
    signature: settings.noticeSignature || settings.branchName || settings.unitName
  }
}
