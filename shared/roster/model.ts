import { z } from 'zod'
import { monthOrDaySchema } from '../rules/dates'
import { checkPerson } from '../rules/person-checks'
import { phoneSchema } from '../rules/phone'
import { labelled } from '../validation'

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
export type Gender = (typeof GENDERS)[number]
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' }

export const DUTY_STATUSES = ['onDuty', 'leave', 'transferred', 'retired'] as const
export type DutyStatus = (typeof DUTY_STATUSES)[number]
export const DUTY_STATUS_LABELS: Record<DutyStatus, string> = {
  onDuty: '在岗',
  leave: '离岗（休假/借调）',
  transferred: '调离',
  retired: '退休'
}

export const TEAM_KINDS = ['team', 'window', 'department'] as const
export type TeamKind = (typeof TEAM_KINDS)[number]
export const TEAM_KIND_LABELS: Record<TeamKind, string> = { team: '班组', window: '窗口', department: '部门' }

/** Common choices offered in forms and the Excel template; other values are allowed. */
export const EDUCATION_CHOICES = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'] as const

/** `YYYY-MM` or `YYYY-MM-DD`: rosters often know only the month (`1990.05`). Empty when unknown. */
export const partialDateSchema = monthOrDaySchema('日期格式应为“1990-05”或“1990-05-12”')

/** A photo stored by the app in the data folder's photos/: a generated name, never a user's path. */
export const PHOTO_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jpg$/
export const photoNameSchema = z.string().regex(PHOTO_NAME, '照片文件名无效')

export const teamSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      name: z.string().trim().min(1, '请填写班组名称').max(30, '班组名称不超过30个字'),
      kind: z.enum(TEAM_KINDS),
      leaderId: z.string().nullable().default(null),
      order: z.number().int().default(0),
      deletedAt: z.string().nullable().default(null)
    },
    { name: '班组名称', kind: '类型', leaderId: '分管领导', order: '顺序' }
  )
)
export type Team = z.infer<typeof teamSchema>

/** Field names as the user knows them: form labels, import column names and error messages. */
const personLabels = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birth: '出生年月',
  education: '学历',
  politicalStatus: '政治面貌',
  joinedPartyOn: '入党时间',
  fullMemberOn: '转正时间',
  partyPost: '党内职务',
  adminPost: '行政职务',
  post: '岗位',
  duties: '岗位职责',
  teamId: '所在班组',
  phone: '联系电话',
  idNumber: '身份证号',
  isLeader: '是否领导干部',
  isSupervisor: '是否特约监督员',
  isOutsider: '是否单位外人员',
  photo: '照片',
  dutyStatus: '在岗状态',
  note: '备注'
} as const

/** The fields a person is made of, as typed in a form or read from a roster file. */
export const personFieldsSchema = z.object(
  labelled(
    {
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
      phone: phoneSchema('联系电话', { several: true }).default(''),
      idNumber: z.string().trim().max(18).default(''),
      isLeader: z.boolean().default(false),
      isSupervisor: z.boolean().default(false),
      /** An appointed supervisor from outside the unit (not staff). */
      isOutsider: z.boolean().default(false),
      /** File name inside the data folder's photos/, never a path to the user's own file. */
      photo: photoNameSchema.nullable().default(null),
      dutyStatus: z.enum(DUTY_STATUSES).default('onDuty'),
      note: z.string().max(500).default('')
    },
    personLabels
  )
)
export type PersonFields = z.infer<typeof personFieldsSchema>
export const PERSON_FIELD_LABELS: Record<keyof PersonFields, string> = personLabels

export const personSchema = personFieldsSchema.extend({
  id: z.string().min(1),
  /** Set when moved to the 回收站; cleared on restore. */
  deletedAt: z.string().nullable().default(null),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type Person = z.infer<typeof personSchema>

/** What a form sends to save a person: no id for a new one. Errors block saving; warnings do not. */
export const personInputSchema = personFieldsSchema.extend({ id: z.string().min(1).optional() }).superRefine((person, ctx) => {
  for (const issue of checkPerson(person)) {
    if (issue.level === 'error') ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message })
  }
})
export type PersonInput = z.input<typeof personInputSchema>

export const teamInputSchema = teamSchema.omit({ deletedAt: true, id: true, order: true }).extend({
  id: z.string().min(1).optional(),
  order: z.number().int().optional()
})
export type TeamInput = z.input<typeof teamInputSchema>


/** The stage's part of the database (joined in shared/model/database.ts through shared/stages.ts). */
export const rosterCollections = {
  people: z.array(personSchema).default([]),
  teams: z.array(teamSchema).default([])
}
