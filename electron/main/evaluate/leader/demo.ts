import type { Database } from '@shared/model/database'
import type { LeaderReview } from '@shared/evaluate/leader/model'
import type { DemoSeed } from '../../stage'

/*
 * 示例: two of the 上半年's leader reviews of windows, each with problems (one answered by its
 * window), so the plan shows who has reviewed and who is late, and the 领导点评表 prints; and two
 * reviews of members with a 评定等次, so 年终评优 has 领导点评 figures. Deterministic.
 */
export function seedLeaderDemo(db: Database, now: Date): DemoSeed {
  const year = db.settings.year
  const at = now.toISOString()
  const team = (name: string) => db.teams.find((t) => t.name === name && !t.deletedAt)
  const reviews: LeaderReview[] = []
  const intake = team('综合受理窗口')
  const estate = team('不动产登记窗口')
  const exists = (id: string) => db.leaderReviews.some((r) => r.id === id)
  if (intake?.leaderId && !exists(`demo-leader-review-${year}-intake`)) {
    reviews.push({
      id: `demo-leader-review-${year}-intake`,
      year,
      half: 'first',
      leaderId: intake.leaderId,
      subject: { kind: 'team', id: intake.id },
      reviewedOn: `${year}-06-18`,
      aspects: {
        thinking: '围绕“一窗受理、集成服务”谋划工作，思路清晰',
        execution: '承诺事项分解到人，推进有力',
        performance: '上半年受理办件同比增长12%，按时办结率99.6%',
        integrity: '严守廉洁纪律，未发生违规问题',
        service: '推行帮办代办和延时服务，群众评价较好'
      },
      achievements: '窗口党员带头亮身份、亮承诺，“一次告知”落实较好，上半年收到表扬信3封。',
      problems: [
        { id: `demo-leader-problem-${year}-intake-1`, text: '高峰时段群众等候时间偏长，分流引导不够及时', dueOn: `${year}-09-30` },
        { id: `demo-leader-problem-${year}-intake-2`, text: '个别同志对新政策解释不够准确，一次性告知单更新滞后', dueOn: `${year}-08-31` }
      ],
      advice: '优化高峰时段排班，增设引导岗；每周更新一次性告知单并组织学习。',
      direction: '打造“最多跑一次”示范窗口，下半年群众满意率力争达到98%以上。',
      grade: 'excellent',
      response: null,
      createdAt: at,
      updatedAt: at
    })
  }
  if (estate?.leaderId && !exists(`demo-leader-review-${year}-estate`)) {
    reviews.push({
      id: `demo-leader-review-${year}-estate`,
      year,
      half: 'first',
      leaderId: estate.leaderId,
      subject: { kind: 'team', id: estate.id },
      reviewedOn: `${year}-06-22`,
      aspects: {
        thinking: '把压缩办理时限作为重点，目标明确',
        execution: '登记、审核、发证环节衔接顺畅',
        performance: '一般登记办理时限压缩至3个工作日',
        integrity: '落实廉洁风险防控，执行到位',
        service: '开通预约办理，方便企业群众'
      },
      achievements: '压缩办理时限成效明显，档案归集规范，未发生登记差错。',
      problems: [
        { id: `demo-leader-problem-${year}-estate-1`, text: '档案查询需现场办理，线上查询尚未开通', dueOn: `${year}-12-31` },
        { id: `demo-leader-problem-${year}-estate-2`, text: '窗口党员示范岗标识不够醒目', dueOn: `${year}-07-31` }
      ],
      advice: '协调开通线上档案查询；统一更换示范岗标识。',
      direction: '推进“互联网+不动产登记”，下半年实现档案查询网上办。',
      grade: 'qualified',
      response: {
        text: '已于7月中旬统一更换党员示范岗标识；线上档案查询已与信息部门对接，正在测试。',
        respondedOn: `${year}-07-20`,
        fixedProblemIds: [`demo-leader-problem-${year}-estate-2`]
      },
      createdAt: at,
      updatedAt: at
    })
  }
  // Two members of 综合受理窗口, reviewed by its 分管领导.
  const member = (name: string) => db.people.find((p) => p.name === name && p.teamId === intake?.id && !p.deletedAt)
  const memberReviews = [
    {
      key: 'huang',
      person: member('黄丽萍'),
      grade: 'excellent' as const,
      aspects: { thinking: '工作有想法，主动优化收件流程', execution: '布置的任务落实快、不打折扣', performance: '上半年办件量居窗口前列', integrity: '严守纪律，拒收礼品1次', service: '耐心细致，群众评价好' },
      achievements: '带领窗口落实首问负责和一次性告知，上半年无投诉，带教新同志2名。',
      problems: [] as LeaderReview['problems'],
      advice: '把窗口好的做法整理成操作指引，在各窗口推广。',
      direction: '争当党员示范岗，带动窗口整体提升。'
    },
    {
      key: 'wu',
      person: member('吴昊'),
      grade: 'qualified' as const,
      aspects: { thinking: '能按要求完成工作', execution: '执行较好，个别件办理偏慢', performance: '按时办结率98.9%', integrity: '遵守廉洁纪律', service: '服务态度较好' },
      achievements: '受理业务熟练，按时办结率高，能主动加班处理积压件。',
      problems: [{ id: `demo-leader-problem-${year}-wu-1`, text: '对新出台的政策学习不够及时，解释口径有时不统一', dueOn: `${year}-09-30` }],
      advice: '每月参加一次政策学习，解释口径以最新一次性告知单为准。',
      direction: '下半年力争在岗位技能比武中取得好名次。'
    }
  ]
  for (const m of memberReviews) {
    const id = `demo-leader-review-${year}-${m.key}`
    if (!intake?.leaderId || !m.person || exists(id)) continue
    reviews.push({
      id,
      year,
      half: 'first',
      leaderId: intake.leaderId,
      subject: { kind: 'person', id: m.person.id },
      reviewedOn: `${year}-06-26`,
      aspects: m.aspects,
      achievements: m.achievements,
      problems: m.problems,
      advice: m.advice,
      direction: m.direction,
      grade: m.grade,
      response: null,
      createdAt: at,
      updatedAt: at
    })
  }
  const problems = reviews.reduce((n, r) => n + r.problems.length, 0)
  return {
    db: reviews.length ? { ...db, leaderReviews: [...db.leaderReviews, ...reviews] } : db,
    counts: { leaderReviews: reviews.length },
    said: reviews.length ? [`${reviews.length}份领导点评（存在问题${problems}条）`] : []
  }
}
