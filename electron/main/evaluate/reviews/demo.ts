import type { Database } from '@shared/model/database'
import type { PeerTally, ReviewRound, SelfReview, Shortcoming } from '@shared/evaluate/reviews/model'
import { DEFAULT_PEER_GRADES, DEFAULT_SELF_SCORE_MAX, defaultCriteria, FIVE_GOODS, FIVE_LEADS } from '@shared/rules/review-criteria'
import type { DemoSeed } from '../../stage'
import { reviewMembers } from './members'

/*
 * 示例: a completed 上半年 round of the activity year: every member's self-review against 五带头
 * (a few with shortcomings and fixes), the branch's against 五个好, and the paper 互评 tally.
 * Deterministic: the same ids and texts every time; a year that already has the round is left alone.
 */

const WORDS: Record<string, string[]> = {
  '带头学习提高': ['按时参加“三会一课”和支部主题党日，坚持每月自学党章党规', '系统学习业务办理规范，参加岗位练兵和业务考试', '坚持每周学习政策文件，撰写学习心得两篇'],
  '带头争创佳绩': ['负责事项全部按时办结，无超时件', '主动承担急难任务，牵头梳理本岗位办事指南', '参加技能比武，业务差错率低于千分之一'],
  '带头服务群众': ['坚持微笑服务、一次告知，群众满意度较高', '为老年人、残疾人提供帮办代办服务二十余件', '认真回复群众意见建议，做到件件有回音'],
  '带头遵纪守法': ['严守中央八项规定精神，不吃拿卡要', '遵守工作纪律，考勤无扣分', '严格保守群众个人信息，无泄露'],
  '带头弘扬正气': ['敢于制止窗口不文明行为，主动维护单位形象', '参加社区志愿服务，带动身边同事', '坚持原则，对不良现象敢于批评']
}

const SHORTCOMINGS: [text: string, measures: string, month: string][] = [
  ['理论学习不够系统，学用结合不紧', '制定个人学习计划，每月精读一本业务书籍并写心得', '09-30'],
  ['对新出台的政策掌握不及时，答复群众咨询有时不够准确', '每周整理政策变化清单，在窗口晨会上交流', '08-31'],
  ['服务中偶有急躁情绪，耐心不够', '开展换位体验，每月自查一次服务用语', '07-31'],
  ['创新意识不强，办事流程优化建议提得少', '每季度至少提出一条流程优化建议', '12-31'],
  ['批评与自我批评开展不够，有“老好人”思想', '在组织生活会上主动开展批评，接受同事监督', '10-31']
]

export function seedReviewDemo(db: Database, now: Date): DemoSeed {
  const year = db.settings.year
  const roundId = `demo-review-round-${year}-first`
  if (db.reviewRounds.some((r) => r.year === year && r.half === 'first')) return { db, counts: { selfReviews: 0 }, said: [] }
  const at = now.toISOString()
  const round: ReviewRound = {
    id: roundId,
    year,
    half: 'first',
    startsOn: `${year}-06-01`,
    endsOn: `${year}-06-30`,
    memberCriteria: defaultCriteria(FIVE_LEADS, 'lead'),
    groupCriteria: defaultCriteria(FIVE_GOODS, 'good'),
    selfScoreMax: DEFAULT_SELF_SCORE_MAX,
    peerGrades: DEFAULT_PEER_GRADES.map((g) => ({ ...g })),
    peerBy: 'overall',
    closedOn: `${year}-06-30`,
    createdAt: at,
    updatedAt: at
  }
  const members = reviewMembers(db)
  const selfReviews: SelfReview[] = members.map((member, i) => {
    const shortcomings: Shortcoming[] =
      i % 4 === 1
        ? [0, 1].slice(0, 1 + (i % 3 === 0 ? 1 : 0) + (i % 8 === 1 ? 1 : 0)).map((k) => {
            const [text, measures, due] = SHORTCOMINGS[(i + k) % SHORTCOMINGS.length]
            return { id: `demo-shortcoming-${year}-${i}-${k}`, text, measures, dueOn: `${year}-${due}` }
          })
        : []
    return {
      id: `demo-self-review-${year}-${i}`,
      roundId,
      subject: { kind: 'person', id: member.personId },
      writtenOn: `${year}-06-${String(10 + (i % 8)).padStart(2, '0')}`,
      entries: round.memberCriteria.map((c, k) => ({ criterionId: c.id, score: 20 - ((i + k) % 4 === 0 ? 2 : (i + k) % 3 === 0 ? 1 : 0), text: WORDS[c.text][(i + k) % 3] })),
      shortcomings,
      createdAt: at,
      updatedAt: at
    }
  })
  selfReviews.push({
    id: `demo-self-review-${year}-branch`,
    roundId,
    subject: { kind: 'branch', id: null },
    writtenOn: `${year}-06-20`,
    entries: round.groupCriteria.map((c, k) => ({
      criterionId: c.id,
      score: [19, 18, 17, 18, 18][k],
      text: ['支委班子团结，分工明确，带头落实“三亮三比三评”', '党员亮身份、亮承诺，示范岗作用明显', '落实“三会一课”和承诺践诺台账制度', '窗口办件量同比增长，按时办结率99%', '群众评议满意率较高，投诉件件有回音'][k]
    })),
    shortcomings: [{ id: `demo-shortcoming-${year}-branch-0`, text: '党员教育管理方式较单一，青年党员参与度不高', measures: '开设“青年党员讲堂”，每季度一次，由青年党员轮流主讲', dueOn: `${year}-12-31` }],
    createdAt: at,
    updatedAt: at
  })

  // 22 of the members handed in a ballot (one on leave did not); nobody grades himself, so at most 21 marks each.
  const returned = members.length - 1
  const tally: PeerTally = {
    id: `demo-peer-tally-${year}-first`,
    roundId,
    ballotsReturned: returned,
    rows: members.map((member, i) => {
      const votes = returned - 1 - (i % 4 === 1 ? 1 : 0)
      const excellent = Math.min(votes, 9 + ((i * 5) % 9))
      const basic = i % 6 === 2 ? 2 : i % 3 === 0 ? 1 : 0
      return { personId: member.personId, criterionId: null, counts: { excellent, qualified: votes - excellent - basic, basic, unqualified: 0 } }
    }),
    remarks: members
      .filter((_, i) => i % 7 === 3)
      .map((member, k) => ({ id: `demo-peer-remark-${year}-${k}`, personId: member.personId, text: ['业务熟练，但对群众解释政策时语速偏快', '工作积极，但参加集体学习有时迟到', '服务热情，建议多带带新同志'][k % 3] })),
    countedOn: `${year}-06-26`,
    updatedAt: at
  }
  const shortcomings = selfReviews.reduce((n, s) => n + s.shortcomings.length, 0)
  return {
    db: { ...db, reviewRounds: [...db.reviewRounds, round], selfReviews: [...db.selfReviews, ...selfReviews], peerTallies: [...db.peerTallies, tally] },
    counts: { reviewRounds: 1, selfReviews: selfReviews.length },
    said: [`${year}年上半年党员自评${selfReviews.length}份（存在不足${shortcomings}条）和互评计票`]
  }
}
