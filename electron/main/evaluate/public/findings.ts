import type { Database } from '@shared/model/database'
import { findingKey, type Finding, type FindingKind, type FindingSource } from '@shared/model/finding'
import type { Reminder } from '@shared/model/reminder'
import { BOX_LABELS, BOX_REPLY_DAYS, DEFAULT_SCALE, type PublicRound, type ReviewObject } from '@shared/evaluate/public/model'
import { daysBetween } from '@shared/rules/dates'
import { percent } from '@shared/rules/satisfaction'
import { objectResults } from './results'
import { roundName } from './rounds'

/*
 * What 群众评议 found, for the rectification ledger: a dimension in the 需整改 band, a phone answer
 * rated 不满意, each supervisor opinion, each forum point marked 需整改, and every box entry (a 举报
 * marked confidential, its text never shown without a confirmation). Each links back to its record.
 */

const UNSATISFIED = DEFAULT_SCALE.length - 1

export function publicFindings(db: Readonly<Database>): Finding[] {
  const rounds = new Map(db.publicRounds.map((r) => [r.id, r]))
  const unit = { kind: 'unit' as const, id: null, name: db.settings.unitName || '本单位' }
  const found: Finding[] = []
  const add = (kind: FindingKind, round: PublicRound, source: Omit<FindingSource, 'stage'>, title: string, text: string, foundOn: string, extra: Partial<Finding> = {}) => {
    const full = { stage: 'evaluate', ...source }
    found.push({ key: findingKey(full), kind, source: full, sourceTitle: `${roundName(round)}群众评议 · ${title}`, year: round.year, text, owner: unit, foundOn, measures: '', dueOn: null, confidential: false, ...extra })
  }
  const ownerOf = (object: ReviewObject): Finding['owner'] => (object.kind === 'unit' ? unit : { kind: object.kind, id: object.id, name: object.name })

  for (const round of db.publicRounds) {
    const questionnaires = db.questionnaires.filter((q) => q.roundId === round.id)
    for (const result of objectResults(db, questionnaires, [])) {
      const q = result.questionnaire
      for (const d of result.dimensions) {
        if (d.band !== 'rework') continue
        add('publicReview', round, { collection: 'questionnaires', recordId: q.id, itemId: d.name }, `问卷「${q.title}」`, `「${q.object.name}」“${d.name}”满意率${percent(d.rate)}，低于${q.bands.fair}%，需整改`, round.endOn, { owner: ownerOf(q.object) })
      }
    }
  }
  for (const call of db.phoneChecks) {
    const round = rounds.get(call.roundId)
    const unhappy = call.satisfaction === UNSATISFIED ? ['总体'] : []
    unhappy.push(...call.ratings.filter((r) => r.level === UNSATISFIED).map((r) => r.dimension))
    if (!round || !unhappy.length) continue
    add('phoneCheck', round, { collection: 'phoneChecks', recordId: call.id, itemId: null }, `电话抽访 ${call.date} ${call.callee}`, `电话抽访${call.callee}，${unhappy.join('、')}不满意${call.answers ? `：${call.answers}` : ''}`, call.date)
  }
  for (const forum of db.forums) {
    const round = rounds.get(forum.roundId)
    if (!round) continue
    for (const point of forum.points.filter((p) => p.isProblem)) {
      add('forum', round, { collection: 'forums', recordId: forum.id, itemId: point.id }, `${forum.date}座谈会`, point.text, forum.date)
    }
  }
  for (const visit of db.supervisorVisits) {
    const round = rounds.get(visit.roundId)
    if (!round) continue
    const name = db.people.find((p) => p.id === visit.supervisorId)?.name ?? '特约监督员'
    for (const opinion of visit.opinions) {
      add('supervisor', round, { collection: 'supervisorVisits', recordId: visit.id, itemId: opinion.id }, `特约监督员${name} ${visit.date}`, opinion.text, visit.date)
    }
  }
  for (const entry of db.boxEntries) {
    const round = rounds.get(entry.roundId)
    if (!round) continue
    const report = entry.box === 'report'
    add(report ? 'reportBox' : 'suggestionBox', round, { collection: 'boxEntries', recordId: entry.id, itemId: null }, `${BOX_LABELS[entry.box]} ${entry.receivedOn}`, entry.content, entry.receivedOn, {
      confidential: report,
      measures: entry.handling
    })
  }
  return found
}

const addDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Box entries not yet replied to, due BOX_REPLY_DAYS after they came; a 举报's title says nothing of it. */
export function publicReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.boxEntries
    .filter((e) => e.status === 'received' || e.status === 'handling')
    .map((e) => {
      const dueOn = addDays(e.receivedOn, BOX_REPLY_DAYS)
      return {
        key: `boxEntries/${e.id}`,
        stage: 'evaluate',
        kind: `${BOX_LABELS[e.box]}来信待答复`,
        title: e.box === 'report' ? `${e.receivedOn}收到的举报（内容需确认后查看）` : `${e.receivedOn}收到：${e.content.length > 30 ? `${e.content.slice(0, 30)}…` : e.content}`,
        ownerName: e.box === 'report' ? '' : e.sender || '匿名',
        dueOn,
        daysOverdue: daysBetween(dueOn, today),
        path: '/evaluate/public/boxes'
      }
    })
    .filter((r) => r.daysOverdue >= -withinDays)
}
