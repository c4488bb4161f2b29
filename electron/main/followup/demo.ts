import type { Database } from '@shared/model/database'
import { findingKey, type FindingKind } from '@shared/model/finding'
import type { Chase, Rectification, RectificationOwner, RectificationStatus } from '@shared/followup/ledger'
import type { FundLine } from '@shared/followup/funds'
import type { AssessmentRecord, RewardPenalty } from '@shared/followup/records'
import type { ResponsibilityTarget } from '@shared/followup/targets'
import { localDay } from '@shared/rules/dates'
import { overdueItems } from '@shared/rules/pledge-deadlines'
import type { DemoSeed } from '../stage'
import { holderName } from './names'
import { rectificationKey } from './rectifications'

/*
 * 示例跟踪: a year of follow-up for the demo unit, dated back from the day it is loaded so that one
 * item is overdue, one due within the week, and the rest in every other status: from the demo's
 * pledges not kept and entered by hand (群众评议, 意见箱, 特约监督员, 领导点评 …), with chases, targets
 * for every leader and team, money lines, assessment records and rewards. Deterministic ids.
 */

const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** `days` before today, kept inside the campaign year (a demo loaded in January still has a year of lines). */
function inYear(year: number, today: string, days: number): string {
  const end = today < `${year}-12-31` ? today : `${year}-12-31`
  const day = shift(end, days)
  return day < `${year}-01-02` ? `${year}-01-02` : day
}

interface HandItem {
  kind: FindingKind
  sourceTitle: string
  problem: string
  owner: ['person' | 'team', string]
  leader: string
  measures: string
  /** Days from today. */
  deadline: number
  status: RectificationStatus
}

const HAND_ITEMS: HandItem[] = [
  {
    kind: 'publicReview',
    sourceTitle: '上半年“群众评窗口”问卷调查',
    problem: '窗口办件高峰期排队时间长，群众反映等候超过30分钟',
    owner: ['team', 'intake'],
    leader: '王喆',
    measures: '高峰时段增开弹性窗口；推行网上预约和错峰办理；每日公布排队情况',
    deadline: -12,
    status: 'inProgress'
  },
  {
    kind: 'suggestionBox',
    sourceTitle: '意见箱第二季度开箱',
    problem: '不动产登记办事指南更新不及时，部分材料清单与实际要求不一致',
    owner: ['team', 'estate'],
    leader: '李堃',
    measures: '逐项核对办事指南，与窗口实际要求统一后重新印发，并在网上同步更新',
    deadline: 5,
    status: 'pending'
  },
  {
    kind: 'supervisor',
    sourceTitle: '特约监督员张德厚反映',
    problem: '个别工作人员午休时段离岗，社保医保窗口无人值守',
    owner: ['team', 'social'],
    leader: '王喆',
    measures: '制定午间轮岗值班表并上墙公示，窗口负责人每日检查',
    deadline: -20,
    status: 'awaitingCheck'
  },
  {
    kind: 'leaderReview',
    sourceTitle: '李堃点评后勤保障组',
    problem: '设备报修响应慢，窗口叫号机故障两天后才修复',
    owner: ['person', '袁卫东'],
    leader: '李堃',
    measures: '建立报修登记台账，承诺2小时内到场、当日修复，修不了的当日报告',
    deadline: -40,
    status: 'closed'
  },
  {
    kind: 'phoneCheck',
    sourceTitle: '第三季度电话随机抽访',
    problem: '群众反映咨询电话经常占线，打不进来',
    owner: ['team', 'office'],
    leader: '周建国',
    measures: '增设一条咨询专线，高峰时段安排专人接听，公布网上咨询渠道',
    deadline: -60,
    status: 'closed'
  },
  {
    kind: 'manual',
    sourceTitle: '支部书记日常检查',
    problem: '档案室温湿度记录不全，部分日期漏记',
    owner: ['person', '刘䶮'],
    leader: '周建国',
    measures: '每日上午、下午各记录一次，月底由办公室主任检查签字',
    deadline: 30,
    status: 'pending'
  }
]

const earliest = (a: string, b: string) => (a < b ? a : b)

export function seedFollowup(input: Database, now: Date): DemoSeed {
  const today = localDay(now)
  const at = now.toISOString()
  const year = input.settings.year
  const person = (name: string) => input.people.find((p) => p.name === name)
  const teamId = (key: string) => `demo-team-${key}`
  const id = (name: string) => person(name)?.id ?? null
  const teamOfPerson = (personId: string | null) => input.people.find((p) => p.id === personId)?.teamId ?? null
  const rectifications: Rectification[] = []
  const chases: Chase[] = []

  const base = (n: number, fields: Omit<Rectification, 'id' | 'year' | 'progress' | 'evidence' | 'completedOn' | 'closeOut' | 'feedback' | 'confidential' | 'createdAt' | 'updatedAt' | 'status'>) => ({
    id: `demo-rectification-${String(n).padStart(2, '0')}`,
    year,
    ...fields,
    status: 'pending' as RectificationStatus,
    progress: [],
    evidence: '',
    completedOn: null,
    closeOut: null,
    feedback: null,
    confidential: false,
    createdAt: at,
    updatedAt: at
  })

  /** Carries a new item through to `status`, with notes and a close-out by someone who is not its owner. */
  const carry = (item: Rectification, status: RectificationStatus, verifierName: string): Rectification => {
    if (status === 'pending') return item
    // Started three weeks before the deadline, finished two days before it (or yesterday), never after today.
    const startedOn = earliest(shift(item.deadline, -21), shift(today, -3))
    const started = { ...item, status, progress: [{ id: `${item.id}-note-1`, on: startedOn, text: '已召开班组会议分析原因，明确分工和完成时间', rejected: false }] }
    if (status === 'inProgress') return started
    const completedOn = earliest(shift(item.deadline, -2), shift(today, -1))
    const evidence = '整改情况说明及现场照片已存档'
    if (status === 'awaitingCheck') return { ...started, completedOn, evidence }
    const verifierId = id(verifierName)!
    const checkedOn = earliest(shift(completedOn, 2), today)
    return {
      ...started,
      completedOn,
      evidence,
      closeOut: { verifierId, on: checkedOn, check: '现场核查并随机回访群众，问题未再出现，整改到位' },
      feedback: { on: earliest(shift(checkedOn, 1), today), channel: item.kind === 'phoneCheck' ? 'phone' : 'meeting', note: '向问题来源通报整改措施和结果，对方表示满意' }
    }
  }

  HAND_ITEMS.forEach((hand, n) => {
    const owner: RectificationOwner = hand.owner[0] === 'team' ? { kind: 'team', id: teamId(hand.owner[1]) } : { kind: 'person', id: id(hand.owner[1]) }
    if (!owner.id || !id(hand.leader)) return
    const item = base(n + 1, {
      kind: hand.kind,
      findingKey: null,
      source: null,
      sourceTitle: hand.sourceTitle,
      problem: hand.problem,
      owner,
      leaderId: id(hand.leader),
      measures: hand.measures,
      // Kept in the campaign year: a deadline in the next year would belong to the next year's ledger.
      deadline: earliest(shift(today, hand.deadline), `${year}-12-31`)
    })
    // The verifier is the leader unless the leader's own team owns the item: then a leader from outside it.
    const outside = (name: string) => !(owner.kind === 'team' && teamOfPerson(id(name)) === owner.id)
    const verifier = [hand.leader, '王喆', '周建国'].find(outside)!
    rectifications.push(carry(item, hand.status, verifier))
  })

  // Pledges not kept: the two most overdue items of the demo's pledges, one being fixed, one closed out.
  overdueItems(input.pledges, input.fulfilments, today)
    .slice(0, 2)
    .forEach(({ pledge, item, dueOn }, n) => {
      const source = { stage: 'show', collection: 'pledges', recordId: pledge.id, itemId: item.id }
      const owner: RectificationOwner = pledge.scope === 'person' ? { kind: 'person', id: pledge.personId } : pledge.scope === 'team' ? { kind: 'team', id: pledge.teamId } : { kind: 'unit', id: null }
      const created = base(HAND_ITEMS.length + n + 1, {
        kind: 'pledge',
        findingKey: findingKey(source),
        source,
        sourceTitle: `${pledge.year}年度承诺 · ${holderName(input, owner)}`,
        problem: `承诺事项“${item.content}”逾期未完成（完成时限${dueOn}）`.slice(0, 300),
        owner,
        leaderId: id('周建国'),
        measures: '本人说明未完成原因，制定补救计划，支部每月跟踪',
        deadline: earliest(shift(today, n === 0 ? 20 : -10), `${year}-12-31`)
      })
      const verifier = owner.id === id('周建国') ? '李堃' : '周建国'
      rectifications.push(carry(created, n === 0 ? 'inProgress' : 'closed', verifier))
    })

  const overdue = rectifications.find((r) => r.id === 'demo-rectification-01')
  if (overdue) {
    const subject = { key: rectificationKey(overdue.id), stage: 'followup', kind: '整改事项', title: overdue.problem, ownerName: holderName(input, overdue.owner), dueOn: overdue.deadline }
    chases.push(
      { id: 'demo-chase-01', year, subject, on: shift(today, -6), way: 'notice', toWhom: '黄丽萍（综合受理窗口负责人）', asked: '请于3个工作日内书面报送整改进展和预计完成时间', reply: '已增开1个弹性窗口，网上预约系统正在调试', repliedOn: shift(today, -4), createdAt: at },
      { id: 'demo-chase-02', year, subject, on: shift(today, -1), way: 'phone', toWhom: '王喆', asked: '督促本周内完成预约系统上线', reply: '', repliedOn: null, createdAt: at }
    )
  }

  const targets = demoTargets(input, year, today, at)
  const fundLines = demoFunds(year, today, at)
  const { records, rewards } = demoRecords(input, year, today, at)
  const db: Database = {
    ...input,
    rectifications: [...input.rectifications, ...rectifications],
    chases: [...input.chases, ...chases],
    responsibilityTargets: [...input.responsibilityTargets, ...targets],
    fundLines: [...input.fundLines, ...fundLines],
    assessmentRecords: [...input.assessmentRecords, ...records],
    rewardPenalties: [...input.rewardPenalties, ...rewards]
  }
  return {
    db,
    counts: { rectifications: rectifications.length, chases: chases.length, responsibilityTargets: targets.length, fundLines: fundLines.length, rewardPenalties: rewards.length },
    said: [`${rectifications.length}项整改事项`, `${targets.length}项目标责任`, `${fundLines.length}笔经费收支`, `${rewards.length}条奖惩记录`]
  }
}

const TEAM_TARGETS: Record<string, [target: string, measures: string]> = {
  office: ['统筹推进“三亮三比三评”活动，各环节按时完成，资料归档齐全', '制定活动方案和月度计划，每月通报进度，年底汇编活动台账'],
  intake: ['综合受理窗口群众满意率达到98%以上，办件零超时', '推行一次告知、限时办结；高峰时段增开弹性窗口'],
  estate: ['不动产登记一般业务3个工作日内办结，差错率低于千分之一', '优化登记流程，推行“一窗受理、集成服务”'],
  social: ['社保医保业务“一次办好”事项占比达到90%以上', '梳理高频事项清单，开展窗口人员业务轮训'],
  support: ['后勤保障及时有效，设备报修2小时内响应', '建立报修台账，落实巡检制度']
}
const LEADER_TARGETS: Record<string, [target: string, measures: string]> = {
  周建国: ['履行党建第一责任人职责，全年召开支委会不少于12次，讲党课不少于2次', '带头联系综合办公室，每季度听取一次活动情况汇报'],
  王喆: ['分管窗口全年无有效投诉，群众评议满意率98%以上', '每月到分管窗口现场检查不少于2次，点评班组工作'],
  李堃: ['分管领域廉洁风险防控措施全部落实，全年无违纪问题', '每半年开展一次廉洁风险排查，督办整改']
}

function demoTargets(db: Database, year: number, today: string, at: string): ResponsibilityTarget[] {
  const checkDates = [`${year}-06-30`, `${year}-12-20`]
  const checks = (n: number) =>
    checkDates
      .filter((day) => day <= today)
      .map((day, c) => ({ id: `demo-target-${n}-check-${c + 1}`, on: day, result: n % 3 === 2 ? ('partly' as const) : ('met' as const), note: n % 3 === 2 ? '大部分措施落实，个别指标尚未达到' : '对照目标逐项检查，均已按进度完成' }))
  const list: ResponsibilityTarget[] = []
  let n = 0
  for (const [name, [target, measures]] of Object.entries(LEADER_TARGETS)) {
    const leader = db.people.find((p) => p.name === name)
    if (!leader) continue
    n += 1
    list.push({ id: `demo-target-${n}`, year, holder: { kind: 'person', id: leader.id }, target, measures, ownerId: leader.id, checkDates, checks: checks(n), createdAt: at, updatedAt: at })
  }
  for (const [key, [target, measures]] of Object.entries(TEAM_TARGETS)) {
    const team = db.teams.find((t) => t.id === `demo-team-${key}`)
    if (!team) continue
    n += 1
    list.push({ id: `demo-target-${n}`, year, holder: { kind: 'team', id: team.id }, target, measures, ownerId: team.leaderId, checkDates, checks: checks(n), createdAt: at, updatedAt: at })
  }
  return list
}

const FUNDS: [days: number, activity: string, direction: 'income' | 'spending', fen: number, summary: string, voucher: string][] = [
  [-300, '三亮三比三评活动', 'income', 2_000_000, '党组织工作经费划拨', '记-001'],
  [-290, '亮身份', 'spending', 186_000, '制作党员岗位牌、桌牌', '记-004'],
  [-280, '亮承诺', 'spending', 86_050, '印制党员承诺公示栏', '记-007'],
  [-200, '岗位技能比武', 'spending', 128_000, '比武奖品', '记-015'],
  [-198, '岗位技能比武', 'spending', 60_000, '比武场地布置', '记-016'],
  [-120, '群众评议', 'spending', 32_000, '问卷印制', '记-024'],
  [-100, '群众评议', 'spending', 45_000, '群众座谈会茶歇', '记-027'],
  [-30, '年终评优', 'income', 300_000, '上级党委表彰奖励经费', '记-040'],
  [-10, '年终评优', 'spending', 150_000, '先进个人奖牌和证书', '记-044']
]

function demoFunds(year: number, today: string, at: string): FundLine[] {
  return FUNDS.map(([days, activity, direction, amountFen, summary, voucher], n) => {
    const on = inYear(year, today, days)
    return { id: `demo-fund-${String(n + 1).padStart(2, '0')}`, year, on, activity, direction, amountFen, summary, voucher, createdAt: at }
  })
}

function demoRecords(db: Database, year: number, today: string, at: string): { records: AssessmentRecord[]; rewards: RewardPenalty[] } {
  const team = (key: string) => ({ kind: 'team' as const, id: `demo-team-${key}` })
  const person = (name: string) => ({ kind: 'person' as const, id: db.people.find((p) => p.name === name)?.id ?? '' })
  const records: AssessmentRecord[] = (
    [
      [team('intake'), -150, '上半年窗口服务考核', '优秀', 96],
      [team('estate'), -150, '上半年窗口服务考核', '良好', 88],
      [team('social'), -150, '上半年窗口服务考核', '良好', 86],
      [person('吴昊'), -90, '岗位练兵业务测试', '合格', 92],
      [person('林小娟'), -90, '岗位练兵业务测试', '合格', 85]
    ] as const
  )
    .filter(([holder]) => holder.id)
    .map(([holder, days, item, result, score], n) => {
      const on = inYear(year, today, days)
      return { id: `demo-record-${n + 1}`, year, holder, on, item, result, score, assessor: '支部委员会', note: '', createdAt: at }
    })
  const rewards: RewardPenalty[] = (
    [
      [person('吴昊'), 'reward', '通报表扬', '为行动不便的老人上门帮办社保认证，群众送来锦旗', -80],
      [team('intake'), 'reward', '季度“满意窗口”', '第三季度群众评议满意率99.2%，排名全中心第一', -45],
      [person('于洋'), 'penalty', '通报批评', '上班时间长时间使用手机处理私事，被群众投诉，经查属实', -60]
    ] as const
  )
    .filter(([holder]) => holder.id)
    .map(([holder, kind, title, reason, days], n) => {
      const on = inYear(year, today, days)
      return { id: `demo-reward-${n + 1}`, year, holder, kind, title, reason, on, issuedBy: '中心党支部', createdAt: at }
    })
  return { records, rewards }
}
