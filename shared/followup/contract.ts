import { z } from 'zod'
import { command, query, type ContractPart } from '../contract/define'
import { findingSchema } from '../model/finding'
import { daySchema, yearSchema } from '../rules/dates'
import { labelled } from '../validation'
import { fundDraftSchema, fundLineSchema } from './funds'
import { chaseDraftSchema, chaseSchema, feedbackSchema, rectificationDraftSchema, rectificationSchema } from './ledger'
import { assessmentRecordDraftSchema, assessmentRecordSchema, rewardPenaltyDraftSchema, rewardPenaltySchema } from './records'
import { responsibilityTargetSchema, targetCheckDraftSchema, targetDraftSchema } from './targets'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
const byYear = z.object({ year: yearSchema.optional() }).optional()

/** An item as the screens show it: with 逾期 worked out for today, and how often it was chased. */
export const rectificationViewSchema = rectificationSchema.extend({
  overdue: z.boolean(),
  /** Positive when past the deadline, 0 on the day, negative while ahead. */
  daysPastDeadline: z.number().int(),
  chaseCount: z.number().int()
})
export type RectificationView = z.infer<typeof rectificationViewSchema>

/** A finding of any stage, with the ledger item already made from it (one item per finding). */
export const findingViewSchema = findingSchema.extend({ rectificationId: z.string().nullable() })
export type FindingView = z.infer<typeof findingViewSchema>

/** What a destructive command did and what it left: said to the user afterwards. */
export const doneSchema = z.object({ message: z.string() })

const progressInput = z.object(
  labelled(
    { id, on: daySchema, text: z.string().trim().min(1, '请填写整改进展').max(300, '整改进展不超过300个字') },
    { on: '日期', text: '整改进展' }
  )
)
const completeInput = z.object(
  labelled(
    { id, completedOn: daySchema, evidence: z.string().trim().min(1, '请填写完成佐证').max(300, '完成佐证不超过300个字') },
    { completedOn: '完成日期', evidence: '完成佐证' }
  )
)
const checkInput = z.object(
  labelled(
    {
      id,
      verifierId: z.string({ error: '请选择验收人' }).min(1, '请选择验收人').max(100),
      on: daySchema,
      /** true: 整改到位, 销号; false: 验收未通过, back to 整改中. */
      passed: z.boolean(),
      check: z.string().trim().min(1, '请填写成效检查情况').max(300, '成效检查情况不超过300个字')
    },
    { verifierId: '验收人', on: '验收日期', passed: '验收结论', check: '成效检查' }
  )
)

/** 跟踪: 整改台账 and 检查催办, 目标责任, 经费, 考核记录 and 奖惩. */
export const followupContract = {
  findings: query('各阶段发现的问题（可一键列入整改台账），附已列入的整改事项', byYear, z.array(findingViewSchema)),
  rectifications: query('整改台账（可按年度），逾期按今天计算', byYear, z.array(rectificationViewSchema)),
  rectificationFromFinding: command(
    '把一条发现的问题列入整改台账（每条问题只列一次）',
    z.object(labelled({ key: z.string().min(1).max(400), deadline: daySchema.optional() }, { deadline: '整改时限' })),
    rectificationViewSchema
  ),
  rectificationSave: command('新增（手工录入）或修改整改事项', rectificationDraftSchema, rectificationViewSchema),
  rectificationProgress: command('记录整改进展（待整改的事项随之转为整改中）', progressInput, rectificationViewSchema),
  rectificationComplete: command('报告整改完成，提交验收', completeInput, rectificationViewSchema),
  rectificationCheck: command('验收：整改到位则销号，未通过则退回整改中（验收人不能是责任人）', checkInput, rectificationViewSchema),
  rectificationFeedback: command('记录向问题来源的反馈（销号后）', feedbackSchema.extend({ id }), rectificationViewSchema),
  rectificationDelete: command('删除未销号的整改事项及其催办记录', byId, doneSchema),

  chases: query('催办记录（可按催办事项）', z.object({ key: z.string().max(400).optional(), year: yearSchema.optional() }).optional(), z.array(chaseSchema)),
  chaseSave: command('记录一次催办（通知单、电话、当面、会议）', chaseDraftSchema, chaseSchema),
  chaseDelete: command('删除一条催办记录', byId, doneSchema),

  targets: query('目标责任（可按年度）', byYear, z.array(responsibilityTargetSchema)),
  targetSave: command('新增或修改目标责任', targetDraftSchema, responsibilityTargetSchema),
  targetCheck: command('记录一次目标检查结果', targetCheckDraftSchema, responsibilityTargetSchema),
  targetDelete: command('删除目标责任及其检查结果', byId, doneSchema),

  funds: query('经费收支明细（可按年度）', byYear, z.array(fundLineSchema)),
  fundSave: command('新增或修改一笔经费收支', fundDraftSchema, fundLineSchema),
  fundDelete: command('删除一笔经费收支', byId, doneSchema),

  assessmentRecords: query('考核记录（可按年度）', byYear, z.array(assessmentRecordSchema)),
  assessmentRecordSave: command('新增或修改考核记录', assessmentRecordDraftSchema, assessmentRecordSchema),
  assessmentRecordDelete: command('删除考核记录', byId, doneSchema),
  rewardPenalties: query('奖惩记录（可按年度）', byYear, z.array(rewardPenaltySchema)),
  rewardPenaltySave: command('新增或修改奖惩记录', rewardPenaltyDraftSchema, rewardPenaltySchema),
  rewardPenaltyDelete: command('删除奖惩记录', byId, doneSchema)
} satisfies ContractPart
