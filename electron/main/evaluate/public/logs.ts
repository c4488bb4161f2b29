import type { Database } from '@shared/model/database'
import { invalid, notFound } from '@shared/errors'
import type { BoxEntryView } from '@shared/evaluate/public/contract'
import { BOX_LABELS, type BoxEntry, type Forum, type PhoneCheck, type SupervisorVisit } from '@shared/evaluate/public/model'
import { checkInRound, findRound, type Stamp } from './rounds'

/*
 * The other channels of 群众评议 as dated logs: each entry's date within its round, the people it
 * names on the roster. A 举报 is listed as hidden until the user confirms to see it.
 */

type Draft<T extends { id: string }> = Omit<T, 'id'> & { id?: string }
type LogCollection = 'phoneChecks' | 'forums' | 'supervisorVisits' | 'boxEntries'
const WHAT: Record<LogCollection, string> = { phoneChecks: '该电话抽访记录', forums: '该座谈会记录', supervisorVisits: '该监督记录', boxEntries: '该来信' }

function put<C extends LogCollection>(db: Database, collection: C, record: Database[C][number], isNew: boolean): Database {
  const list = db[collection] as Database[C][number][]
  return { ...db, [collection]: isNew ? [...list, record] : list.map((r) => (r.id === record.id ? record : r)) }
}

function existing<C extends LogCollection>(db: Readonly<Database>, collection: C, id: string | undefined): Database[C][number] | undefined {
  if (!id) return undefined
  const found = (db[collection] as Database[C][number][]).find((r) => r.id === id)
  if (!found) throw notFound(WHAT[collection].slice(1))
  return found
}

const staff = (db: Readonly<Database>, id: string | null, field: string) => {
  if (id === null) return
  if (!db.people.some((p) => p.id === id && !p.deletedAt)) throw invalid(`${field}：请选择花名册中的人员`)
}

export function savePhoneCheck(db: Database, draft: Draft<PhoneCheck>, stamp: Stamp): { db: Database; record: PhoneCheck } {
  const old = existing(db, 'phoneChecks', draft.id)
  checkInRound(findRound(db, draft.roundId), draft.date, '抽访日期')
  staff(db, draft.callerId, '抽访人')
  const record: PhoneCheck = { ...draft, id: old?.id ?? stamp.newId() }
  return { db: put(db, 'phoneChecks', record, !old), record }
}

export function saveForum(db: Database, draft: Omit<Forum, 'id' | 'points'> & { id?: string; points: (Omit<Forum['points'][number], 'id'> & { id?: string })[] }, stamp: Stamp): { db: Database; record: Forum } {
  const old = existing(db, 'forums', draft.id)
  checkInRound(findRound(db, draft.roundId), draft.date, '座谈日期')
  const record: Forum = { ...draft, id: old?.id ?? stamp.newId(), points: draft.points.map((p) => ({ ...p, id: p.id ?? stamp.newId() })) }
  return { db: put(db, 'forums', record, !old), record }
}

export function saveSupervisorVisit(
  db: Database,
  draft: Omit<SupervisorVisit, 'id' | 'opinions'> & { id?: string; opinions: { id?: string; text: string }[] },
  stamp: Stamp
): { db: Database; record: SupervisorVisit } {
  const old = existing(db, 'supervisorVisits', draft.id)
  checkInRound(findRound(db, draft.roundId), draft.date, '监督日期')
  const supervisor = db.people.find((p) => p.id === draft.supervisorId && !p.deletedAt)
  // A supervisor who later left keeps his old visits: only a new visit needs him still appointed.
  if (!supervisor || (!supervisor.isOutsider && draft.supervisorId !== old?.supervisorId)) throw invalid('特约监督员：请选择花名册中的单位外特约监督员')
  const record: SupervisorVisit = { ...draft, id: old?.id ?? stamp.newId(), opinions: draft.opinions.map((o) => ({ ...o, id: o.id ?? stamp.newId() })) }
  return { db: put(db, 'supervisorVisits', record, !old), record }
}

export function saveBoxEntry(db: Database, draft: Draft<BoxEntry>, stamp: Stamp): { db: Database; record: BoxEntry } {
  const old = existing(db, 'boxEntries', draft.id)
  const round = findRound(db, draft.roundId)
  checkInRound(round, draft.receivedOn, '收到日期')
  if (draft.repliedOn && draft.repliedOn < draft.receivedOn) throw invalid('答复日期：不能早于收到日期')
  const replied = draft.status === 'replied' || draft.status === 'closed'
  if (replied && !draft.reply) throw invalid('答复内容：已答复或已办结的来信请填写答复内容')
  if (replied && !draft.repliedOn) throw invalid('答复日期：已答复或已办结的来信请填写答复日期')
  if (old && old.box !== draft.box) throw invalid(`信箱：${BOX_LABELS[old.box]}的来信不能改为${BOX_LABELS[draft.box]}`)
  const record: BoxEntry = { ...draft, id: old?.id ?? stamp.newId() }
  return { db: put(db, 'boxEntries', record, !old), record }
}

export function deleteLog(db: Database, collection: LogCollection, id: string): { db: Database; said: string } {
  const record = existing(db, collection, id)!
  const list = db[collection] as { id: string }[]
  const said: Record<LogCollection, string> = {
    phoneChecks: '已删除一条电话抽访记录',
    forums: '已删除一次座谈会记录及其中的意见',
    supervisorVisits: '已删除一条特约监督员监督记录及其中的意见',
    boxEntries: `已删除一件${'box' in record ? BOX_LABELS[record.box] : ''}来信及其办理、答复`
  }
  return { db: { ...db, [collection]: list.filter((r) => r.id !== id) }, said: `${said[collection]}；其他记录保留` }
}

const HIDDEN = '（举报内容已隐藏，确认后查看）'

/** A 举报 before the confirmation: that it came, when and its status, nothing of what it says or who sent it. */
export function boxEntryView(entry: BoxEntry, showReports: boolean): BoxEntryView {
  if (entry.box !== 'report' || showReports) return { ...entry, hidden: false }
  return { ...entry, sender: '', dimension: null, content: HIDDEN, handling: '', reply: '', hidden: true }
}
