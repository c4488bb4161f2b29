import type { Database } from '@shared/model/database'
import type { HelpRecord, MentoringPair, ProgressNote, TrainingPlan, TrainingStatus } from '@shared/compete/training/model'
import { FOUR_HELPS } from '@shared/compete/training/model'
import { localDay } from '@shared/rules/dates'
import type { DemoSeed } from '../../stage'

/*
 * 示例人才培养计划和四帮四促结对 for the demo unit, written for this app. Dates are counted from the
 * day the demo is loaded, so there is always one plan overdue and one due within the week on the
 * home page. Deterministic ids; people are found by their demo names, and a plan whose people are
 * not on the roster is left out.
 */

/** `today` moved by `days` (negative: earlier). */
function shift(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return date.toISOString().slice(0, 10)
}

interface PlanSeed {
  person: string
  mentor: string
  target: string
  measures: string
  /** Days from today. */
  start: number
  due: number
  status: TrainingStatus
  result?: string
  finished?: number
  notes?: [days: number, content: string][]
}

const PLANS: PlanSeed[] = [
  {
    person: '吴昊',
    mentor: '黄丽萍',
    target: '熟练办理综合受理“一窗通办”全部事项，取得政务服务办事员（四级）职业技能等级证书',
    measures: '师带徒结对，每周跟岗学习两个半天；每月参加中心业务培训；按时报名参加职业技能等级认定',
    start: -150,
    due: -12,
    status: 'running',
    notes: [
      [-120, '完成综合受理岗位业务清单学习，能独立办理社保、医保类受理事项'],
      [-60, '参加市政务服务中心业务培训2天，考核合格'],
      [-20, '已报名职业技能等级认定，等待考试安排']
    ]
  },
  {
    person: '徐婷婷',
    mentor: '王喆',
    target: '掌握帮办代办和“跨省通办”业务，能独立值守综合受理岗',
    measures: '跟岗学习帮办代办流程；每周整理一篇业务案例；由导师每月考核一次',
    start: -60,
    due: 5,
    status: 'running',
    notes: [[-30, '跟岗完成帮办代办事项12件，整理案例4篇']]
  },
  {
    person: '林小娟',
    mentor: '何志刚',
    target: '通过不动产登记代理人职业资格考试',
    measures: '制定复习计划，每周学习不少于6学时；参加单位组织的模拟考试',
    start: -200,
    due: 90,
    status: 'running',
    notes: [[-100, '完成《不动产登记代理实务》第一轮复习']]
  },
  {
    person: '唐磊',
    mentor: '韩冬梅',
    target: '熟练掌握社保医保待遇审核政策，能独立完成待遇审核',
    measures: '在导师指导下跟审3个月，再独立审核、导师复核1个月',
    start: -180,
    due: -20,
    status: 'done',
    result: '已独立承担待遇审核岗位，连续3个月审核差错为零',
    finished: -30,
    notes: [
      [-150, '跟审待遇申报86件，整理审核要点清单'],
      [-60, '独立审核，导师复核无差错']
    ]
  },
  {
    person: '罗佳',
    mentor: '谢芳',
    target: '掌握权籍调查和审核业务，能独立完成权籍审核',
    measures: '参加权籍调查外业2次；跟岗学习权籍审核；年底前独立审核不少于20件',
    start: 10,
    due: 200,
    status: 'planned'
  },
  {
    person: '冯晓雪',
    mentor: '程琳',
    target: '取得计算机技术与软件专业技术资格（初级）',
    measures: '参加线上培训课程，每周学习4学时；按时参加资格考试',
    start: -240,
    due: -45,
    status: 'unfinished',
    result: '考试差4分未通过，已列入下一年度培养计划',
    finished: -40,
    notes: [[-120, '完成线上培训课程全部章节']]
  }
]

interface PairSeed {
  helper: string
  helped: { person: string } | { team: string }
  goals: string
  start: number
  records: [days: number, content: string][]
  outcome?: string
}

const PAIRS: PairSeed[] = [
  {
    helper: '黄丽萍',
    helped: { person: '徐婷婷' },
    goals: `${FOUR_HELPS}：帮助新入职的预备党员尽快熟悉窗口业务，树立服务意识，按期转正`,
    start: -90,
    records: [
      [-80, '谈心谈话一次，了解思想和工作情况，讲解窗口服务规范'],
      [-50, '带领参加“学习强国”专题学习，交流学习体会'],
      [-15, '帮助梳理跨省通办业务难点，指导办结疑难件3件']
    ]
  },
  {
    helper: '李堃',
    helped: { team: '后勤保障组' },
    goals: `${FOUR_HELPS}：联系后勤保障组，帮助解决设备老化和人手紧张问题，提升大厅保障水平`,
    start: -120,
    records: [
      [-100, '到后勤保障组召开座谈会，听取意见建议5条'],
      [-40, '协调更换大厅排队叫号设备，解决群众反映的等候时间长问题']
    ],
    outcome: '排队叫号设备更换后，群众平均等候时间由25分钟缩短到12分钟；后勤保障组群众满意率提升到98%'
  }
]

const pad = (n: number) => String(n).padStart(2, '0')

/** Adds the demo plans and pairs for the activity year; a database that already has some is left alone. */
export function seedTraining(db: Database, now: Date): DemoSeed {
  if (db.trainingPlans.length || db.mentoringPairs.length) return { db, counts: {}, said: [] }
  const today = localDay(now)
  const at = now.toISOString()
  const year = db.settings.year
  const personId = (name: string) => db.people.find((p) => p.name === name && !p.deletedAt)?.id
  const teamId = (name: string) => db.teams.find((t) => t.name === name && !t.deletedAt)?.id

  const plans: TrainingPlan[] = []
  PLANS.forEach((seed, i) => {
    const person = personId(seed.person)
    if (!person) return
    const id = `demo-training-${year}-${pad(i + 1)}`
    const notes: ProgressNote[] = (seed.notes ?? []).map(([days, content], n) => ({ id: `${id}-note-${n + 1}`, date: shift(today, days), content }))
    plans.push({
      id,
      year,
      personId: person,
      target: seed.target,
      measures: seed.measures,
      mentorId: personId(seed.mentor) ?? null,
      startOn: shift(today, seed.start),
      dueOn: shift(today, seed.due),
      status: seed.status,
      result: seed.result ?? '',
      finishedOn: seed.finished === undefined ? null : shift(today, seed.finished),
      notes,
      createdAt: at,
      updatedAt: at
    })
  })

  const pairs: MentoringPair[] = []
  PAIRS.forEach((seed, i) => {
    const helper = personId(seed.helper)
    const helpedPersonId = 'person' in seed.helped ? personId(seed.helped.person) : null
    const helpedTeamId = 'team' in seed.helped ? teamId(seed.helped.team) : null
    if (!helper || (!helpedPersonId && !helpedTeamId)) return
    const id = `demo-pair-${year}-${pad(i + 1)}`
    const records: HelpRecord[] = seed.records.map(([days, content], n) => ({ id: `${id}-record-${n + 1}`, date: shift(today, days), content }))
    pairs.push({
      id,
      year,
      kind: helpedPersonId ? 'person' : 'team',
      helperId: helper,
      helpedPersonId: helpedPersonId ?? null,
      helpedTeamId: helpedTeamId ?? null,
      goals: seed.goals,
      startOn: shift(today, seed.start),
      status: seed.outcome ? 'finished' : 'active',
      outcome: seed.outcome ?? '',
      records,
      createdAt: at,
      updatedAt: at
    })
  })

  return {
    db: { ...db, trainingPlans: plans, mentoringPairs: pairs },
    counts: { trainingPlans: plans.length, mentoringPairs: pairs.length },
    said: [`${plans.length}项人才培养计划`, `${pairs.length}对四帮四促结对`]
  }
}
