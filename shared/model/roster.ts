import { z } from 'zod'

/*
 * The roster: entered once, used by every document. Owned by the roster stage; other stages refer
 * to people and teams by id only.
 */

export const POLITICAL_STATUSES = ['member', 'probationary', 'league', 'masses'] as const
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number]
export const POLITICAL_STATUS_LABELS: Record<PoliticalStatus, string> = {
  member: '中共党员',
  probationary: '预备党员',
  league: '共青团员',
  masses: '群众'
}
/** Party members in the sense of 三亮: full and probationary members. */
export const isPartyMember = (status: PoliticalStatus) => status === 'member' || status === 'probationary'

export const GENDERS = ['male', 'female'] as const
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = { male: '男', female: '女' }

export const DUTY_STATUSES = ['onDuty', 'leave', 'transferred', 'retired'] as const
export const DUTY_STATUS_LABELS: Record<(typeof DUTY_STATUSES)[number], string> = {
  onDuty: '在岗',
  leave: '离岗(休假/借调)',
  transferred: '调离',
  retired: '退休'
}

export const TEAM_KINDS = ['team', 'window', 'department'] as const
export const TEAM_KIND_LABELS: Record<(typeof TEAM_KINDS)[number], string> = { team: '班组', window: '窗口', department: '部门' }

/** `YYYY-MM` or `YYYY-MM-DD`: rosters often know only the month (`1990.05`). Empty when unknown. */
export const partialDateSchema = z
  .string()
  .regex(/^$|^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, '日期格式应为“1990-05”或“1990-05-12”')

export const teamSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '请填写班组名称').max(30, '班组名称不超过30个字'),
  kind: z.enum(TEAM_KINDS),
  leaderId: z.string().nullable().default(null),
  order: z.number().int().default(0),
  deletedAt: z.string().nullable().default(null)
})
export type Team = z.infer<typeof teamSchema>

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '请填写姓名').max(20, '姓名不超过20个字'),
  gender: z.enum(GENDERS).nullable().default(null),
  ethnicity: z.string().trim().max(20).default(''),
  birth: partialDateSchema.default(''),
  education: z.string().trim().max(20).default(''),
  politicalStatus: z.enum(POLITICAL_STATUSES).default('masses'),
  joinedPartyOn: partialDateSchema.default(''),
  fullMemberOn: partialDateSchema.default(''),
  partyPost: z.string().trim().max(30).default(''),
  adminPost: z.string().trim().max(30).default(''),
  post: z.string().trim().max(30).default(''),
  duties: z.string().max(1000).default(''),
  teamId: z.string().nullable().default(null),
  phone: z.string().trim().max(40).default(''),
  idNumber: z.string().trim().max(18).default(''),
  isLeader: z.boolean().default(false),
  isSupervisor: z.boolean().default(false),
  /** An appointed supervisor from outside the unit (not staff). */
  isOutsider: z.boolean().default(false),
  /** File name inside the data folder's photos/, never a path to the user's own file. */
  photo: z.string().nullable().default(null),
  dutyStatus: z.enum(DUTY_STATUSES).default('onDuty'),
  note: z.string().max(500).default(''),
  /** Set when moved to the 回收站; cleared on restore. */
  deletedAt: z.string().nullable().default(null),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type Person = z.infer<typeof personSchema>
