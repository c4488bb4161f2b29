import type { Database } from '@shared/model/database'
import { takesPart } from '@shared/rules/participation'
import type { Fulfilment, ItemGrades, Pledge, PledgeAssessment, PledgeCategory, PledgeItem, PledgeStatus } from '@shared/show/model'

/*
 * 示例承诺: pledges for the Party members of a roster (the demo unit, or a benchmark's 300
 * people), at every step of the cycle, with fulfilment records, a mid-year assessment and desk
 * phrases, so every 三亮 screen and document has something real-looking to show. Written for this
 * app; deterministic (same ids and texts every time).
 */

type ItemText = [content: string, standard: string]

const ITEMS: Record<Exclude<PledgeCategory, 'other'>, ItemText[]> = {
  study: [
    ['每月自学党章党规和业务知识不少于8学时，按时参加“三会一课”', '学习笔记完整，全年无缺课'],
    ['系统学习新修订的业务办理规范，年内取得岗位技能等级证书', '通过年度业务考试，成绩85分以上'],
    ['每季度撰写一篇学习心得或业务案例分析', '全年交流心得4篇以上'],
    ['参加“学习强国”和线上党课学习，带动窗口同事共同学习', '全年学习积分排名支部前列']
  ],
  work: [
    ['负责事项做到一次告知、限时办结，不让群众跑第二趟', '全年无超时办结、无因告知不清的退件'],
    ['牵头梳理本岗位办事指南，压缩材料和办理时限', '年内办理时限平均压缩20%以上'],
    ['承担急难险重任务冲在前，主动顶岗补位', '全年完成交办任务，无推诿记录'],
    ['做好本岗位数据核对和档案归集，做到账实相符', '季度抽查差错率低于千分之一']
  ],
  service: [
    ['热情接待每一位办事群众，使用文明用语，做到微笑服务', '群众满意度评价98%以上'],
    ['为老年人、残疾人等特殊群体提供帮办代办和预约延时服务', '全年帮办代办不少于30件'],
    ['认真办理群众意见建议，做到件件有回音', '意见建议按时回复率100%'],
    ['每月参加一次社区志愿服务或政策宣传活动', '全年参加志愿服务12次以上']
  ],
  discipline: [
    ['严守中央八项规定精神，不吃拿卡要，不收受服务对象礼品礼金', '全年无违规违纪问题和有效投诉'],
    ['遵守工作纪律，不迟到早退，上班时间不做与工作无关的事', '考勤和纪律检查无扣分'],
    ['严格保守工作秘密和群众个人信息', '全年无信息泄露事件'],
    ['带头落实廉洁从业规定，主动接受群众和特约监督员监督', '监督回访无不良反映']
  ]
}
const OTHER: ItemText[] = [
  ['带头弘扬正气，敢于抵制不良风气，维护单位形象', '年度民主评议中无“不合格”票'],
  ['帮带一名新入职同事，传授业务经验', '所带同事年内独立上岗']
]
const SUMMARIES = ['一次告知、限时办结，微笑服务零投诉', '学业务、优服务、守纪律，做群众贴心人', '件件有回音，事事有着落', '廉洁自律、热情周到、高效办事', '带头学习、带头服务、带头守纪']

/** Where each member's pledge stands, so the demo shows every step. */
const STATUS_CYCLE: PledgeStatus[] = ['fulfilling', 'fulfilling', 'published', 'fulfilling', 'approved', 'submitted', 'fulfilling', 'draft', 'returned', 'fulfilling']

const pad = (n: number) => String(n).padStart(3, '0')

/** Adds demo pledges for `year` to every Party member that has none; existing pledges are left alone. */
export function demoPledges(db: Database, year: number, now: Date): Database {
  const at = now.toISOString()
  const members = db.people.filter((p) => takesPart(p))
  const pledges: Pledge[] = []
  const fulfilments: Fulfilment[] = []
  const assessments: PledgeAssessment[] = []
  members.forEach((person, index) => {
    if (db.pledges.some((p) => p.scope === 'person' && p.personId === person.id && p.year === year)) return
    const id = `demo-pledge-${year}-${pad(index + 1)}`
    const status = STATUS_CYCLE[index % STATUS_CYCLE.length]
    const count = 3 + (index % 3)
    const categories: PledgeCategory[] = ['study', 'work', 'service', 'discipline', 'other'].slice(0, count) as PledgeCategory[]
    const items: PledgeItem[] = categories.map((category, n) => {
      const pool = category === 'other' ? OTHER : ITEMS[category]
      const [content, standard] = pool[(index + n) % pool.length]
      // Some deadlines fall early in the year, so the overdue list has entries.
      const month = category === 'study' ? 6 : category === 'work' && index % 4 === 0 ? 3 : 12
      return { id: `${id}-item-${n + 1}`, category, content, standard, actions: '', responsibleId: null, deadline: `${year}-${String(month).padStart(2, '0')}` }
    })
    pledges.push({
      id,
      year,
      scope: 'person',
      personId: person.id,
      teamId: null,
      items,
      summary: SUMMARIES[index % SUMMARIES.length],
      status,
      returnReason: status === 'returned' ? '承诺内容较笼统，请结合岗位写明可衡量的标准' : '',
      history: [],
      createdAt: at,
      updatedAt: at
    })
    if (status !== 'fulfilling') return
    items.slice(0, 2).forEach((item, n) =>
      fulfilments.push({
        id: `${id}-record-${n + 1}`,
        pledgeId: id,
        itemId: item.id,
        date: `${year}-0${3 + n}-${String(5 + (index % 20)).padStart(2, '0')}`,
        content: n === 0 ? '完成第一季度学习计划，参加支部集中学习3次' : '当月窗口办件全部按时办结，收到群众表扬信1封',
        evidence: n === 0 ? '支部学习记录' : '窗口办件台账',
        completesItem: n === 0,
        createdAt: at
      })
    )
    const level = (k: number) => ['good', 'good', 'fairlyGood', 'good', 'average'][(index + k) % 5]
    const grades: ItemGrades[] = items.map((item, n) => ({ itemId: item.id, self: 'good', organisation: level(n), public: level(n + 1) }))
    assessments.push({ id: `${id}-mid`, pledgeId: id, period: 'midYear', grades, comment: '', assessedOn: `${year}-07-10`, basis: null, createdAt: at, updatedAt: at })
  })

  const teamPledges: Pledge[] = db.teams
    .filter((t) => !t.deletedAt && t.leaderId)
    .map((team, index) => ({
      id: `demo-pledge-${year}-team-${pad(index + 1)}`,
      year,
      scope: 'team' as const,
      personId: null,
      teamId: team.id,
      items: [
        {
          id: `demo-pledge-${year}-team-${pad(index + 1)}-item-1`,
          category: 'service' as const,
          content: `${team.name}全年群众满意率不低于98%，争创“群众满意窗口”`,
          standard: '',
          actions: '推行首问负责、一次告知、限时办结；每月公示办件情况',
          responsibleId: team.leaderId,
          deadline: `${year}-12`
        }
      ],
      summary: '',
      status: 'published' as const,
      returnReason: '',
      history: [],
      createdAt: at,
      updatedAt: at
    }))
    .filter((p) => !db.pledges.some((q) => q.scope === 'team' && q.teamId === p.teamId && q.year === year))

  const phraseIds = db.tipPhrases.map((p) => p.id)
  const tipAssignments = db.tipAssignments.length
    ? db.tipAssignments
    : phraseIds.length
      ? members.slice(0, 10).map((person, i) => ({ personId: person.id, phraseIds: [phraseIds[i % phraseIds.length], phraseIds[(i + 7) % phraseIds.length]] }))
      : []

  return {
    ...db,
    pledges: [...db.pledges, ...pledges, ...teamPledges],
    fulfilments: [...db.fulfilments, ...fulfilments],
    pledgeAssessments: [...db.pledgeAssessments, ...assessments],
    tipAssignments
  }
}
