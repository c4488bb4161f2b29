import type { Database } from '@shared/model/database'
import { DEFAULT_SELECTION_TITLES, type Nomination, type Selection } from '@shared/compete/selections/model'
import { localDay } from '@shared/rules/dates'
import { noticeEnd } from '@shared/rules/working-days'
import type { DemoSeed } from '../../stage'

/*
 * 示例评选: a finished 技术标兵 selection (nominations with 事迹材料, the 民主测评 tally, the meeting's
 * decisions and a 公示 whose period has ended), and a 党员示范岗 selection waiting for its meeting,
 * so the 推荐审批表, the 民主测评票 and the 评选结果公示 all print right after loading. Written for
 * this app; deterministic apart from the dates, which follow `now`. The figures add up by hand:
 * 36 issued, 36 returned, 35 valid + 1 void; each nominee's three counts add up to 35.
 */

type DemoNomination = [name: string, recommendedBy: string, reasons: string, deeds: string, votes: number[] | null, decision: Nomination['decision']]

const TECHNICIANS: DemoNomination[] = [
  [
    '梁伟',
    '不动产登记窗口',
    '业务精通，登簿发证零差错，牵头完成存量档案数字化，在全县不动产登记业务比武中获第一名。',
    '梁伟同志2010年入党，从事不动产登记登簿发证工作十余年。他刻苦钻研业务，熟练掌握登记法规和权籍审核要点，总结出“三核两对”登簿工作法，全年登簿1860件，做到零差错、零投诉。\n' +
      '他牵头完成窗口存量纸质档案的数字化整理，带领同事加班加点扫描、校对档案2.3万卷，使档案调阅时间由半天缩短到5分钟。他主动承担新人带教，手把手教会3名新同事独立上岗。\n' +
      '在今年全县不动产登记业务技能比武中，他获得个人第一名。他常说：“登簿是群众权益的最后一道关口，一个字都不能错。”',
    [31, 3, 1],
    'elected'
  ],
  [
    '唐磊',
    '社保医保窗口',
    '熟悉社保医保政策和系统操作，开发业务核对小工具，帮助窗口把待遇核定差错率降到千分之一以下。',
    '唐磊同志负责社会保险参保登记工作。面对政策调整频繁、系统升级多的情况，他第一时间学习新政策、新流程，编写《社保业务常见问题一百问》供窗口同事使用。\n' +
      '他利用业余时间编写业务数据核对表格，每月自动比对参保和缴费数据，全年发现并纠正数据差错46条，窗口待遇核定差错率降到千分之一以下。\n' +
      '他还主动到社区和企业开展政策宣讲8场，为200余名灵活就业人员讲清参保办法。',
    [27, 6, 2],
    'elected'
  ],
  [
    '吴昊',
    '综合受理窗口',
    '综合受理业务熟练，推行“一次告知”清单，群众评价好。',
    '吴昊同志在综合受理窗口工作，熟悉60余项事项的受理要求，梳理编制“一次告知”清单，群众办事材料一次备齐率明显提高。',
    [9, 20, 6],
    'notElected'
  ],
  [
    '高磊',
    '不动产登记窗口',
    '权籍审核细致，熟练使用测绘和权籍调查软件。',
    '高磊同志负责权籍审核，全年审核宗地资料900余宗，协助解决历史遗留登记问题12件。',
    [2, 26, 7],
    'notElected'
  ]
]

const MODEL_POSTS: DemoNomination[] = [
  ['黄丽萍', '综合受理窗口', '窗口负责人，带头亮身份、践承诺，带领窗口推行延时服务和帮办代办。', '黄丽萍同志担任综合受理窗口负责人，带头挂牌上岗、公开承诺，推行午间不断档、周末预约服务，全年帮办代办120余件。', null, null],
  ['何志刚', '不动产登记窗口', '带头攻坚历史遗留登记问题，党员示范作用明显。', '何志刚同志带领窗口党员成立攻坚小组，化解历史遗留登记问题37件，群众送来锦旗3面。', null, null],
  ['韩冬梅', '社保医保窗口', '带头落实“好差评”整改，窗口满意率持续提升。', '韩冬梅同志对照群众评议意见逐条整改，推动窗口满意率由95%提升到99%。', null, null]
]

const day = (now: Date, days: number) => localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days))

export function seedSelections(db: Database, now: Date): DemoSeed {
  const year = db.settings.year
  const at = now.toISOString()
  const titles = db.selectionTitles.length ? db.selectionTitles : DEFAULT_SELECTION_TITLES.map((t) => ({ ...t }))
  const title = (id: string) => titles.find((t) => t.id === id)
  const person = (name: string) => db.people.find((p) => p.name === name && !p.deletedAt)
  const added: { selections: Selection[]; nominations: Nomination[] } = { selections: [], nominations: [] }

  const add = (key: string, titleId: string, fields: Partial<Selection>, rows: DemoNomination[]) => {
    const used = title(titleId)
    if (!used || db.selections.some((s) => s.year === year && s.titleId === titleId)) return
    const id = `demo-selection-${key}`
    added.selections.push({
      id,
      year,
      titleId,
      quota: used.quota,
      ballot: { choices: ['同意', '不同意', '弃权'], limitFavourable: true },
      meeting: '民主测评会',
      meetingDate: '',
      entitled: 38,
      tally: null,
      decidedOn: '',
      noticeFrom: null,
      noticeDays: 5,
      history: [],
      createdAt: at,
      updatedAt: at,
      ...fields
    })
    rows.forEach(([name, recommendedBy, reasons, deeds, votes, decision], n) => {
      const nominee = person(name)
      if (!nominee) return
      added.nominations.push({ id: `${id}-${n + 1}`, selectionId: id, nomineeKind: 'person', nomineeId: nominee.id, recommendedBy, reasons, deeds, votes, decision, decisionNote: '', createdAt: at, updatedAt: at })
    })
  }

  // Held three weeks ago, posted the next day: the 5 working days have run out by now.
  const meetingDate = day(now, -21)
  const noticeFrom = day(now, -20)
  add(
    'technician',
    'title-technician',
    {
      quota: 2,
      meetingDate,
      tally: { issued: 36, returned: 36, valid: 35, void: 1, enteredAt: at },
      decidedOn: meetingDate,
      noticeFrom,
      history: [{ at, action: 'publish', note: `公示5个工作日（至${noticeEnd(noticeFrom, 5)}）` }]
    },
    TECHNICIANS
  )
  add('model-post', 'title-model-post', { quota: 2, ballot: { choices: ['优秀', '称职', '基本称职', '不称职'], limitFavourable: true }, meeting: '党员大会', entitled: 20, meetingDate: day(now, 3) }, MODEL_POSTS)

  const selections = added.selections.length
  return {
    db: { ...db, selectionTitles: titles, selections: [...db.selections, ...added.selections], nominations: [...db.nominations, ...added.nominations] },
    counts: { selections, nominations: added.nominations.length },
    said: selections ? [`${selections}项评选（${added.nominations.length}人次推荐）`] : []
  }
}
