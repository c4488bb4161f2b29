import { z } from 'zod'
import { invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { CHASE_WAY_LABELS, chaseSubjectSchema, type ChaseSubject } from '@shared/followup/ledger'
import { daysBetween, daySchema } from '@shared/rules/dates'
import { noticeEnd } from '@shared/rules/working-days'
import type { Content } from 'pdfmake/interfaces'
import { printOptions } from '@shared/model/print'
import { defineDocument } from '../../print/document'
import { documentOptions } from '../../print/options'
import { FONT_NAMES } from '../../print/fonts'
import { chineseDate, INK, mm, PAPER_POINTS, SIZE } from '../../print/typography'
import { printUnit } from '../../print/unit'
import { rectificationKey } from '../rectifications'
import { itemReminder, ledgerReminders } from '../reminders'
import { cutLine, formTable, signature } from './parts'

export interface ChaseNotice {
  subject: ChaseSubject
  daysOverdue: number
  /** Chases before this one, in words: 2026年6月25日（通知单）. */
  earlier: string[]
}

export interface ChaseNoticeData {
  unitName: string
  signature: string
  date: string
  replyBy: string
  asked: string
  notices: ChaseNotice[]
}

const ASKED = '请对照整改（工作）要求，抓紧落实，按期完成；确有困难不能按期完成的，请说明原因和预计完成时间。'
// Tighter than a notice's 37 mm top: the notice and its 回执 share one sheet.
const MARGINS: [number, number, number, number] = [mm(25), mm(18), mm(25), mm(12)]

/**
 * 督查催办通知: one sheet per thing chased, with what it is, who owns it, its deadline and days
 * overdue, what is asked, and a 回执 below a cut line. From a screen, `subjects` names what to chase
 * (any stage's reminders); from the print centre, every ledger item overdue or due within 7 days.
 */
export const chaseNotice = defineDocument({
  id: 'chase-notice',
  title: '督查催办通知',
  stage: 'followup',
  group: '检查催办',
  description: '逾期或即将到期事项的催办单（一事一单，附回执），可单张或批量打印',
  options: documentOptions(
    {
      year: printOptions.year,
      allowMissingGlyphs: printOptions.allowMissingGlyphs,
      subjects: z.array(chaseSubjectSchema).max(200, '一次最多打印200张催办单').optional(),
      replyDays: z.enum(['3', '5', '10']).default('3'),
      date: daySchema.optional()
    },
    { subjects: '催办事项', replyDays: '回复期限' }
  ),
  setByScreen: ['subjects'],
  controls: [
    { kind: 'year' },
    {
      kind: 'choice',
      field: 'replyDays',
      label: '回复期限',
      choices: [
        { value: '3', label: '3个工作日' },
        { value: '5', label: '5个工作日' },
        { value: '10', label: '10个工作日' }
      ]
    },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }
  ],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const subjects = options.subjects?.length ? options.subjects.map((s) => fresh(db, s)) : ledgerReminders(db, context.today, 7)
    if (!subjects.length) throw invalid('没有逾期或7天内到期的整改事项，不需要打印催办单')
    const date = options.date ?? context.today
    const notices = subjects.map((subject) => ({
      subject,
      daysOverdue: Math.max(0, daysBetween(subject.dueOn, date)),
      earlier: db.chases
        .filter((c) => c.subject.key === subject.key)
        .sort((a, b) => a.on.localeCompare(b.on))
        .map((c) => `${chineseDate(c.on)}（${CHASE_WAY_LABELS[c.way]}）`)
    }))
    const data: ChaseNoticeData = { unitName: unit.unitName, signature: unit.signature, date, replyBy: replyBy(date, Number(options.replyDays)), asked: ASKED, notices }
    return { data, scope: notices.length === 1 ? notices[0].subject.ownerName : `${notices.length}份` }
  },
  build(data: ChaseNoticeData) {
    const width = PAPER_POINTS.A4[0] - MARGINS[0] - MARGINS[2]
    const content: Content[] = data.notices.flatMap((notice, n) => sheet(data, notice, width, n > 0))
    return {
      pageSize: 'A4',
      pageMargins: MARGINS,
      info: { title: '督查催办通知', author: data.signature },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK, lineHeight: 1.2 },
      content
    }
  }
})

/** N working days after the notice's day (the day itself does not count, a weekend day neither). */
function replyBy(date: string, workingDays: number): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return noticeEnd(next, workingDays)
}

/** An item of this stage's own ledger is named as it is now; another stage's as its reminder said. */
function fresh(db: Readonly<Database>, subject: ChaseSubject): ChaseSubject {
  const item = subject.stage === 'followup' ? db.rectifications.find((r) => rectificationKey(r.id) === subject.key) : undefined
  return item ? itemReminder(db, item, subject.dueOn) : subject
}

function sheet(data: ChaseNoticeData, notice: ChaseNotice, width: number, breakBefore: boolean): Content[] {
  const { subject } = notice
  const late = notice.daysOverdue > 0 ? `已超过完成时限${notice.daysOverdue}天` : `将于${chineseDate(subject.dueOn)}到期`
  return [
    { text: '督查催办通知', font: FONT_NAMES.serif, bold: true, fontSize: SIZE.no2, alignment: 'center', margin: [0, 0, 0, 10], pageBreak: breakBefore ? 'before' : undefined },
    { text: `${subject.ownerName}：`, fontSize: SIZE.no4, margin: [0, 0, 0, 6] },
    {
      text: `根据“三亮三比三评”活动跟踪管理和检查催办制度，经检查，下列事项${late}，尚未办结。请于${chineseDate(data.replyBy)}前将落实情况填写回执，报送${data.signature}。`,
      leadingIndent: SIZE.small4 * 2,
      lineHeight: 1.5,
      margin: [0, 0, 0, 10]
    },
    formTable([
      ['催办事项', `【${subject.kind}】${subject.title}`],
      ['责任人', subject.ownerName],
      ['完成时限', chineseDate(subject.dueOn)],
      ['逾期天数', notice.daysOverdue > 0 ? { text: `${notice.daysOverdue}天`, bold: true, color: '#C8161D' } : '未逾期'],
      ['催办要求', data.asked],
      ['此前催办', notice.earlier.length ? `${notice.earlier.length}次：${notice.earlier.join('、')}` : '首次催办']
    ]),
    signature(data.signature, data.date),
    cutLine(width),
    {
      stack: [
        { text: '回　　执', font: FONT_NAMES.sans, bold: true, fontSize: SIZE.no3, alignment: 'center', margin: [0, 0, 0, 6] },
        formTable(
          [
            ['催办事项', subject.title],
            ['落实情况', '', 52],
            ['预计完成时间', ''],
            ['责任人（签字）', ''],
            ['回复日期', { text: '　　　　年　　月　　日', preserveLeadingSpaces: true }]
          ],
          96
        )
      ]
    }
  ]
}
