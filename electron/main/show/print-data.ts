import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { PRINT_DOCUMENTS, type ParsedPrintRequest } from '@shared/model/print'
import { isPartyMember, type Person } from '@shared/roster/model'
import {
  ASSESSMENT_PERIOD_LABELS,
  PHRASE_CATEGORY_LABELS,
  PLEDGE_CATEGORY_FIVE_LEADS,
  PLEDGE_CATEGORY_LABELS,
  PLEDGE_SCOPE_LABELS,
  type Pledge,
  type PledgeItem
} from '@shared/show/model'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { isPublic } from '@shared/rules/pledge-workflow'
import type { DocumentId, DocumentInputs, FulfilmentRow, PrintMember, PrintPledgeItem, PrintTeam, PrintUnit, TipCard } from '../print/documents/types'
import { photoDataUrl } from '../photo/photo-files'
import { chineseDate, deadlineText } from '../print/typography'

/*
 * From the database to a document's input: who is printed, joined with team names, pledges and
 * photos (read from the data folder's photos/ and passed on as data). Pure apart from reading photos.
 */

export interface GatherDeps {
  photosDir: string
  /** `YYYY-MM-DD`, for the default 落款 date. */
  today: string
}

export interface Gathered<K extends DocumentId = DocumentId> {
  document: K
  input: DocumentInputs[K]
  title: string
  fileName: string
}

export async function gatherPrintInput(db: Database, request: ParsedPrintRequest, deps: GatherDeps): Promise<Gathered> {
  const year = request.year ?? db.settings.year
  const unit = printUnit(db, year)
  const scope = selectionLabel(db, request)
  const info = PRINT_DOCUMENTS.find((doc) => doc.id === request.document)!
  const named = <K extends DocumentId>(document: K, input: DocumentInputs[K], title: string = info.title): Gathered<K> => ({
    document,
    input,
    title,
    fileName: safeFileName(`${year}年度${title}${scope ? `\uff08${scope}\uff09` : ''}.pdf`)
  })

  switch (request.document) {
    case 'post-placard': {
      const members = await printMembers(db, request, year, deps, request.showPhoto)
      return named('post-placard', { unit, members, paper: request.paper, orientation: request.orientation, showPhoto: request.showPhoto })
    }
    case 'desk-placard': {
      const members = await printMembers(db, request, year, deps, false)
      return named('desk-placard', { unit, members, paper: request.paper, color: request.color ?? db.showSettings.placardColor, showPledge: request.showPledge })
    }
    case 'notice-board': {
      const members = await printMembers(db, request, year, deps, request.showPhoto)
      return named('notice-board', { unit, teams: groupByTeam(members), paper: request.paper, orientation: request.orientation, showPhoto: request.showPhoto })
    }
    case 'tip-cards': {
      const cards = tipCards(db, request, year, deps)
      return named('tip-cards', { unit, cards: await cards, paper: request.paper, color: request.color ?? db.showSettings.placardColor })
    }
    case 'pledge-cards': {
      const members = (await printMembers(db, request, year, deps, false)).filter((m) => m.pledgeItems.length)
      if (!members.length) throw new AppError('NOTHING_TO_PRINT', `${year}年度还没有经支部审核通过的党员承诺，无法打印承诺卡`)
      return named('pledge-cards', { unit, members, paper: 'A4' })
    }
    case 'pledge-notice': {
      const members = await printMembers(db, request, year, deps, false)
      const groups = request.personIds ? [] : groupPledges(db, year, request.teamId)
      return named(
        'pledge-notice',
        { unit, members, groups, paper: request.paper, orientation: request.orientation, date: request.date ?? deps.today, noticeFrom: request.noticeFrom ?? null, noticeTo: request.noticeTo ?? null },
        '党员承诺公示'
      )
    }
    case 'fulfilment-notice': {
      if (request.noticeTo < request.noticeFrom) throw new AppError('INVALID_INPUT', '公示期的结束日期不能早于开始日期')
      const members = await printMembers(db, request, year, deps, false)
      const periodLabel = ASSESSMENT_PERIOD_LABELS[request.period]
      return named(
        'fulfilment-notice',
        {
          unit,
          rows: fulfilmentRows(db, members, year, request.period),
          periodLabel,
          paper: request.paper,
          orientation: request.orientation,
          date: request.date ?? deps.today,
          noticeFrom: request.noticeFrom,
          noticeTo: request.noticeTo
        },
        `承诺践诺情况公示\uff08${periodLabel}\uff09`
      )
    }
  }
}

export function printUnit(db: Database, year: number): PrintUnit {
  const { settings } = db
  if (!settings.unitName) throw new AppError('NO_UNIT', '请先在“设置 → 单位信息”中填写单位名称，打印的文件要用到它')
  return {
    unitName: settings.unitName,
    branchName: settings.branchName,
    year,
    supervisionPhone: db.showSettings.supervisionPhone || settings.phone,
    signature: settings.noticeSignature || settings.branchName || settings.unitName
  }
}

/** Party members on the roster (not in the recycle bin, not transferred or retired), by team order. */
export function selectMembers(db: Database, request: Pick<ParsedPrintRequest, 'teamId' | 'personIds'>): Person[] {
  const teamOrder = new Map(db.teams.filter((t) => !t.deletedAt).map((t) => [t.id, t.order]))
  if (request.teamId && !teamOrder.has(request.teamId)) throw new AppError('NOT_FOUND', '所选班组不存在或已被删除')
  const wanted = request.personIds ? new Set(request.personIds) : null
  const members = db.people
    .map((person, index) => ({ person, index }))
    .filter(({ person }) => !person.deletedAt && !person.isOutsider && isPartyMember(person.politicalStatus))
    .filter(({ person }) => person.dutyStatus !== 'transferred' && person.dutyStatus !== 'retired')
    .filter(({ person }) => !request.teamId || person.teamId === request.teamId)
    .filter(({ person }) => !wanted || wanted.has(person.id))
    .sort((a, b) => rank(a.person) - rank(b.person) || Number(b.person.isLeader) - Number(a.person.isLeader) || a.index - b.index)
    .map(({ person }) => person)
  if (!members.length) throw new AppError('NOTHING_TO_PRINT', '没有符合条件的党员：请先在花名册中录入党员，或检查所选的班组和人员')
  return members

  function rank(person: Person): number {
    return person.teamId && teamOrder.has(person.teamId) ? teamOrder.get(person.teamId)! : Number.MAX_SAFE_INTEGER
  }
}

async function printMembers(db: Database, request: ParsedPrintRequest, year: number, deps: GatherDeps, withPhotos: boolean): Promise<PrintMember[]> {
  const people = selectMembers(db, request)
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  return Promise.all(
    people.map(async (person) => {
      const pledge = memberPledge(db, person.id, year)
      return {
        id: person.id,
        name: person.name,
        identity: person.politicalStatus === 'probationary' ? '预备党员' : '共产党员',
        posts: [person.partyPost, person.adminPost].filter(Boolean).join('、'),
        post: person.post,
        duties: person.duties,
        teamName: (person.teamId && teams.get(person.teamId)) || '',
        phone: person.phone,
        photo: withPhotos && person.photo ? await photoDataUrl(deps.photosDir, person.photo).catch(() => null) : null,
        pledgeSummary: pledge?.summary ?? '',
        pledgeItems: pledge ? pledge.items.map((item) => printItem(db, item, year)) : []
      }
    })
  )
}

/** The member's pledge for the year once the branch has approved it; drafts are never printed. */
function memberPledge(db: Database, personId: string, year: number): Pledge | undefined {
  return db.pledges.find((p) => p.scope === 'person' && p.personId === personId && p.year === year && isPublic(p.status))
}

function printItem(db: Database, item: PledgeItem, year: number): PrintPledgeItem {
  return {
    categoryLabel: PLEDGE_CATEGORY_LABELS[item.category],
    fiveLeads: PLEDGE_CATEGORY_FIVE_LEADS[item.category],
    content: item.content,
    standard: item.standard,
    actions: item.actions,
    responsibleName: (item.responsibleId && db.people.find((p) => p.id === item.responsibleId)?.name) || '',
    deadline: deadlineText(item.deadline, year)
  }
}

function groupByTeam(members: PrintMember[]): PrintTeam[] {
  const teams: PrintTeam[] = []
  for (const member of members) {
    const name = member.teamName || '其他'
    const team = teams.find((t) => t.name === name) ?? teams[teams.push({ name, members: [] }) - 1]
    team.members.push(member)
  }
  return teams
}

function groupPledges(db: Database, year: number, teamId: string | null) {
  return db.pledges
    .filter((p) => p.scope !== 'person' && p.year === year && isPublic(p.status) && (!teamId || p.teamId === teamId))
    .sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'branch' ? -1 : 1))
    .map((p) => ({
      ownerName: p.scope === 'branch' ? db.settings.branchName || '党支部' : (db.teams.find((t) => t.id === p.teamId)?.name ?? ''),
      scopeLabel: PLEDGE_SCOPE_LABELS[p.scope],
      items: p.items.map((item) => printItem(db, item, year))
    }))
}

function fulfilmentRows(db: Database, members: PrintMember[], year: number, period: 'midYear' | 'yearEnd'): FulfilmentRow[] {
  const config = db.showSettings.assessment
  return members.map((member) => {
    const pledge = memberPledge(db, member.id, year)
    const records = pledge
      ? db.fulfilments
          .filter((f) => f.pledgeId === pledge.id)
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((f) => `${chineseDate(f.date).replace(/^\d+年/, '')} ${f.content}`)
      : []
    const assessment = pledge && db.pledgeAssessments.find((a) => a.pledgeId === pledge.id && a.period === period)
    const result = pledge && assessment ? assessmentResult(config, pledge, assessment) : null
    return {
      name: member.name,
      teamName: member.teamName,
      items: member.pledgeItems.map((item) => item.content),
      records,
      result: result?.level?.label ?? '未评',
      score: result?.score ?? null,
      comment: assessment?.comment ?? ''
    }
  })
}

async function tipCards(db: Database, request: Extract<ParsedPrintRequest, { document: 'tip-cards' }>, year: number, deps: GatherDeps): Promise<TipCard[]> {
  const phrases = new Map(db.tipPhrases.map((p) => [p.id, p]))
  const card = (id: string, memberName = '', memberPost = ''): TipCard | null => {
    const phrase = phrases.get(id)
    if (!phrase || !request.categories.includes(phrase.category)) return null
    return { text: phrase.text, categoryLabel: PHRASE_CATEGORY_LABELS[phrase.category], source: phrase.source, memberName, memberPost }
  }
  let cards: TipCard[]
  if (request.mode === 'generic') {
    cards = db.tipPhrases.map((p) => card(p.id)).filter((c): c is TipCard => c !== null)
  } else {
    const members = await printMembers(db, request, year, deps, false)
    const assigned = new Map(db.tipAssignments.map((a) => [a.personId, a.phraseIds]))
    cards = members.flatMap((m) => (assigned.get(m.id) ?? []).map((id) => card(id, m.name, m.post || m.posts)).filter((c): c is TipCard => c !== null))
  }
  if (!cards.length) {
    throw new AppError(
      'NOTHING_TO_PRINT',
      request.mode === 'generic' ? '所选类别中没有提示语，请先在提示语库中添加' : '所选党员还没有分配提示语，请先分配或改为打印通用提示牌'
    )
  }
  return cards
}

/** Names chosen by the program, but team names come from the user: keep them legal on Windows. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
}

function selectionLabel(db: Database, request: ParsedPrintRequest): string {
  if (request.personIds) return request.personIds.length === 1 ? (db.people.find((p) => p.id === request.personIds![0])?.name ?? '') : `${request.personIds.length}人`
  if (request.teamId) return db.teams.find((t) => t.id === request.teamId)?.name ?? ''
  return ''
}
