import type { Database } from '@shared/model/database'
import {
  DEFAULT_DIMENSIONS,
  DEFAULT_OPEN_QUESTIONS,
  DEFAULT_RESPONDENT_KINDS,
  DEFAULT_SATISFIED_LEVELS,
  DEFAULT_SCALE,
  type Mark,
  type PublicRound,
  type Questionnaire,
  type ReviewObject
} from '@shared/evaluate/public/model'
import type { DemoSeed } from '../../stage'

/*
 * The demo unit's 群众评议: last year's second half (tallied from paper, for the comparison) and a
 * completed first half of this year with every kind of record: questionnaires for the unit, two
 * windows and one member (too few papers: 样本不足), keyed one by one; phone spot-checks, a forum,
 * the outside supervisors' visits, 意见箱 letters and one 举报. Deterministic: the same paper every time.
 */

/** Chances of 满意 / 比较满意 / 基本满意 / 不满意 per dimension, and of a blank or double mark. */
type Profile = readonly (readonly [number, number, number, number])[]
const GOOD: Profile = [[0.62, 0.25, 0.1, 0.03], [0.58, 0.28, 0.1, 0.04], [0.6, 0.26, 0.1, 0.04], [0.5, 0.3, 0.14, 0.06], [0.6, 0.27, 0.1, 0.03], [0.7, 0.2, 0.08, 0.02]]
const SLOW: Profile = [[0.4, 0.3, 0.2, 0.1], [0.3, 0.3, 0.2, 0.2], [0.35, 0.3, 0.2, 0.15], [0.15, 0.2, 0.15, 0.5], [0.3, 0.3, 0.25, 0.15], [0.5, 0.3, 0.15, 0.05]]

const ANSWERS = ['希望周末也能办理社保业务', '大厅等候区座位偏少', '窗口人员态度很好，点赞', '不动产登记材料清单能否再精简', '']

function paper(seed: number) {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
}

function responses(q: Questionnaire, count: number, profile: Profile, seed: number): Database['publicResponses'] {
  const random = paper(seed)
  return Array.from({ length: count }, (_, n) => {
    const marks: Mark[] = profile.map((chances) => {
      const roll = random()
      if (roll < 0.015) return 'blank'
      if (roll < 0.025) return 'several'
      let left = random()
      for (let level = 0; level < chances.length; level++) {
        left -= chances[level]
        if (left < 0) return level
      }
      return chances.length - 1
    })
    const answer = ANSWERS[Math.floor(random() * ANSWERS.length)]
    return { id: `${q.id}-r${String(n + 1).padStart(3, '0')}`, questionnaireId: q.id, kind: n % 7 === 6 ? null : n % 3, marks, answers: answer ? [answer] : [] }
  })
}

function questionnaire(id: string, round: PublicRound, title: string, object: ReviewObject, distributed: number, at: string): Questionnaire {
  return {
    id,
    roundId: round.id,
    title,
    object,
    dimensions: [...DEFAULT_DIMENSIONS],
    scale: [...DEFAULT_SCALE],
    satisfiedLevels: [...DEFAULT_SATISFIED_LEVELS],
    respondentKinds: [...DEFAULT_RESPONDENT_KINDS],
    openQuestions: [...DEFAULT_OPEN_QUESTIONS],
    bands: { good: 85, fair: 60 },
    minResponses: 30,
    distributed,
    createdAt: at
  }
}

export function seedPublicDemo(db: Database, now: Date): DemoSeed {
  const year = db.settings.year
  const at = now.toISOString()
  const person = (name: string) => db.people.find((p) => p.name === name && !p.deletedAt)
  const team = (name: string) => db.teams.find((t) => t.name === name && !t.deletedAt)
  const unit: ReviewObject = { kind: 'unit', id: null, name: db.settings.unitName || '本单位' }
  const windowObject = (name: string): ReviewObject | null => {
    const t = team(name)
    return t ? { kind: 'team', id: t.id, name: t.name } : null
  }

  const before: PublicRound = { id: `demo-public-${year - 1}-2`, year: year - 1, half: 'second', startOn: `${year - 1}-07-01`, endOn: `${year - 1}-12-31` }
  const round: PublicRound = { id: `demo-public-${year}-1`, year, half: 'first', startOn: `${year}-01-01`, endOn: `${year}-06-30` }

  const questionnaires: Questionnaire[] = []
  const keyed: Database['publicResponses'] = []
  const tallies: Database['publicTallies'] = []

  // Last half year on paper, counted by hand: the unit at 88–95 %, 办事效率 lower.
  const lastUnit = questionnaire(`demo-q-${year - 1}-unit`, before, `${year - 1}年下半年群众满意度测评表`, unit, 60, at)
  questionnaires.push(lastUnit)
  tallies.push({
    id: `demo-t-${year - 1}-unit`,
    questionnaireId: lastUnit.id,
    returned: 56,
    counts: [[30, 16, 7, 2], [28, 15, 9, 3], [30, 14, 8, 3], [20, 14, 12, 9], [31, 14, 8, 2], [36, 12, 5, 1]],
    kinds: [18, 20, 16],
    note: '纸质问卷人工汇总'
  })
  const intake = windowObject('综合受理窗口')
  if (intake) {
    const lastIntake = questionnaire(`demo-q-${year - 1}-intake`, before, `${year - 1}年下半年窗口满意度测评表`, intake, 40, at)
    questionnaires.push(lastIntake)
    tallies.push({ id: `demo-t-${year - 1}-intake`, questionnaireId: lastIntake.id, returned: 35, counts: [[18, 10, 5, 2], [17, 10, 6, 2], [18, 9, 6, 2], [14, 10, 7, 4], [19, 9, 5, 2], [22, 8, 4, 1]], kinds: [10, 15, 10], note: '' })
  }

  // This half year, keyed paper by paper.
  const add = (q: Questionnaire, count: number, profile: Profile, seed: number) => {
    questionnaires.push(q)
    keyed.push(...responses(q, count, profile, seed))
  }
  add(questionnaire(`demo-q-${year}-unit`, round, `${year}年上半年群众满意度测评表`, unit, 80, at), 72, GOOD, 11)
  if (intake) add(questionnaire(`demo-q-${year}-intake`, round, `${year}年上半年窗口满意度测评表`, intake, 50, at), 40, GOOD, 23)
  const estate = windowObject('不动产登记窗口')
  if (estate) add(questionnaire(`demo-q-${year}-estate`, round, `${year}年上半年窗口满意度测评表`, estate, 40, at), 36, SLOW, 37)
  const model = person('黄丽萍')
  if (model) add(questionnaire(`demo-q-${year}-huang`, round, `${year}年上半年党员示范岗群众评议表`, { kind: 'person', id: model.id, name: model.name }, 12, at), 9, GOOD, 41)

  const caller = person('陈静')?.id ?? null
  const d = (md: string) => `${year}-${md}`
  const rate = (levels: number[]) => levels.map((level, i) => ({ dimension: DEFAULT_DIMENSIONS[i], level }))
  const phoneChecks: Database['phoneChecks'] = [
    { id: 'demo-phone-1', roundId: round.id, date: d('03-12'), callerId: caller, callee: '刘先生', phone: '1398823****', answers: '办理营业执照一次办结，很方便', satisfaction: 0, ratings: rate([0, 0, 0, 0, 0, 0]) },
    { id: 'demo-phone-2', roundId: round.id, date: d('03-12'), callerId: caller, callee: '王女士', phone: '1378821****', answers: '社保转移等了两周，希望加快', satisfaction: 2, ratings: rate([1, 1, 2, 2, 1, 0]) },
    { id: 'demo-phone-3', roundId: round.id, date: d('04-20'), callerId: caller, callee: '赵先生', phone: '1581234****', answers: '不动产登记窗口让跑了三次，材料一次没说清', satisfaction: 3, ratings: rate([2, 3, 3, 3, 2, 1]) },
    { id: 'demo-phone-4', roundId: round.id, date: d('05-15'), callerId: caller, callee: '孙女士', phone: '1398800****', answers: '咨询引导很耐心', satisfaction: 0, ratings: rate([0, 0, 1, 0, 0, 0]) },
    { id: 'demo-phone-5', roundId: round.id, date: d('06-10'), callerId: caller, callee: '周先生', phone: '1357788****', answers: '总体满意', satisfaction: 1, ratings: rate([1, 1, 1, 1, 0, 0]) }
  ]
  const forums: Database['forums'] = [
    {
      id: 'demo-forum-1',
      roundId: round.id,
      date: d('05-28'),
      place: '中心三楼会议室',
      attendees: '服务对象代表6人、社区代表2人、特约监督员2人，中心领导班子成员',
      attendeeCount: 14,
      points: [
        { id: 'demo-forum-1-a', text: '不动产登记一次性告知不到位，群众多次往返', isProblem: true },
        { id: 'demo-forum-1-b', text: '建议中午增设轮值窗口', isProblem: true },
        { id: 'demo-forum-1-c', text: '大厅环境整洁，引导标识清楚', isProblem: false }
      ]
    }
  ]
  const supervisors = db.people.filter((p) => p.isOutsider && !p.deletedAt)
  const supervisorVisits: Database['supervisorVisits'] = supervisors.slice(0, 2).map((s, i) => ({
    id: `demo-visit-${i + 1}`,
    roundId: round.id,
    date: d(i === 0 ? '04-08' : '06-05'),
    supervisorId: s.id,
    purpose: i === 0 ? '暗访窗口服务和工作纪律' : '查看承诺践诺情况，听取群众反映',
    opinions: [{ id: `demo-visit-${i + 1}-a`, text: i === 0 ? '个别窗口人员上班时间使用手机' : '社保医保窗口高峰期排队时间较长' }],
    ratings: rate(i === 0 ? [1, 1, 1, 1, 2, 0] : [0, 1, 1, 2, 1, 0])
  }))
  const boxEntries: Database['boxEntries'] = [
    { id: 'demo-box-1', roundId: round.id, box: 'suggestion', receivedOn: d('02-26'), sender: '匿名', dimension: '服务水平', content: '建议在大厅设置老年人绿色通道', handling: '已在综合受理窗口设立“老年人优先”窗口', reply: '感谢建议，已于3月起设立老年人优先窗口', repliedOn: d('03-06'), status: 'closed' },
    { id: 'demo-box-2', roundId: round.id, box: 'suggestion', receivedOn: d('04-16'), sender: '李女士', dimension: '办事效率', content: '不动产抵押登记办理时间太长', handling: '不动产登记窗口梳理流程，压缩办理时限', reply: '已将抵押登记办理时限由5个工作日压缩为3个工作日', repliedOn: d('04-28'), status: 'replied' },
    { id: 'demo-box-3', roundId: round.id, box: 'suggestion', receivedOn: d('06-22'), sender: '', dimension: '服务质量', content: '自助服务机经常故障，希望及时维修', handling: '后勤保障组已联系厂家', reply: '', repliedOn: null, status: 'handling' },
    { id: 'demo-box-4', roundId: round.id, box: 'report', receivedOn: d('05-09'), sender: '（实名，见原件）', dimension: '廉洁自律', content: '反映某窗口工作人员收受服务对象礼品', handling: '已按程序移交纪检委员核查', reply: '', repliedOn: null, status: 'handling' }
  ]

  const seeded: Database = {
    ...db,
    publicRounds: [...db.publicRounds, before, round],
    questionnaires: [...db.questionnaires, ...questionnaires],
    publicResponses: [...db.publicResponses, ...keyed],
    publicTallies: [...db.publicTallies, ...tallies],
    phoneChecks: [...db.phoneChecks, ...phoneChecks],
    forums: [...db.forums, ...forums],
    supervisorVisits: [...db.supervisorVisits, ...supervisorVisits],
    boxEntries: [...db.boxEntries, ...boxEntries]
  }
  const papers = keyed.length + tallies.reduce((sum, t) => sum + t.returned, 0)
  return {
    db: seeded,
    counts: { questionnaires: questionnaires.length, publicResponses: keyed.length, phoneChecks: phoneChecks.length, boxEntries: boxEntries.length },
    said: [`2轮群众评议（${questionnaires.length}份问卷、${papers}份答卷，电话抽访${phoneChecks.length}次、座谈会${forums.length}次、监督${supervisorVisits.length}次、来信${boxEntries.length}件）`]
  }
}
