import { z } from 'zod'
import { command, type ContractPart } from './define'
import { STAGE_IDS } from '../stages'

/** 示例数据: every stage's seeder in stage order, in one write, for trying the app out. */
export const demoContract = {
  load: command(
    '载入示例单位及各阶段的示例记录（只能载入到空花名册）',
    z.object({ through: z.enum(STAGE_IDS).optional().meta({ label: '载入到哪个阶段' }) }).optional(),
    z.object({
      /** What each seeder added, by what it is (people, teams, pledges ...). */
      counts: z.record(z.string(), z.number().int()),
      /** 已载入示例数据：40人，5个班组，37条承诺 */
      message: z.string()
    })
  )
} satisfies ContractPart
