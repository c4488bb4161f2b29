import { z } from 'zod'
import type { Database } from '@shared/model/database'
import type { PrintControl } from '@shared/model/print'
import { isPublic } from '@shared/rules/pledge-workflow'
import { PLACARD_COLOR_LABELS, PLACARD_COLORS, PLEDGE_CATEGORY_FIVE_LEADS, PLEDGE_CATEGORY_LABELS, PLEDGE_SCOPE_LABELS, type Pledge, type PledgeItem, type PledgeStatus } from '@shared/show/model'
import type { GatherContext } from '../../print/document'
import { printMembers, type MemberSelection, type PrintMember } from '../../print/members'
import { deadlineText } from '../../print/typography'

/* What several 三亮 documents share: members with their approved pledges, team and branch pledges, the placard colours. */

export interface PrintPledgeItem {
  categoryLabel: string
  fiveLeads: string
  content: string
  standard: string
  actions: string
  responsibleName: string
  /** Already in words: 2026年6月 / 2026年底前. */
  deadline: string
}

/** A member with the year's pledge once the branch has approved it (empty before). */
export interface PledgeMember extends PrintMember {
  pledgeSummary: string
  pledgeItems: PrintPledgeItem[]
  /** Where the year's own pledge stands, public or not; null when the member has made none. */
  pledgeStatus: PledgeStatus | null
}

/** A team or branch pledge, for the notices. */
export interface PrintGroupPledge {
  ownerName: string
  scopeLabel: string
  items: PrintPledgeItem[]
}

/** The selected members, each with the year's public pledge. */
export async function pledgeMembers(db: Database, selection: MemberSelection, year: number, context: GatherContext, photos: boolean): Promise<PledgeMember[]> {
  const members = await printMembers(db, selection, context, { photos })
  return members.map((member) => {
    const pledge = memberPledge(db, member.id, year)
    const status = pledge?.status ?? db.pledges.find((p) => p.scope === 'person' && p.personId === member.id && p.year === year)?.status ?? null
    return {
      ...member,
      pledgeSummary: pledge?.summary ?? '',
      pledgeItems: pledge ? pledge.items.map((item) => printItem(db, item, year)) : [],
      pledgeStatus: status
    }
  })
}

/** Why a member's pledge is not printed, for the list of those left out. */
export function unpublishedReason(member: PledgeMember): string {
  switch (member.pledgeStatus) {
    case null:
      return '未作承诺'
    case 'draft':
      return '承诺尚在草拟'
    case 'submitted':
      return '承诺待支部审核'
    case 'returned':
      return '承诺已退回修改'
    default:
      return '没有经审核的承诺事项'
  }
}

/**
 * A member without a public pledge on a list of everyone (公示栏, 承诺公示): one whose pledge is on its
 * way says so; one who has made none gets nothing, or 未作承诺 when the officer asks for it.
 */
export const noPledgeOption = z.enum(['blank', 'say']).default('blank')
export const noPledgeControl: PrintControl = {
  kind: 'choice',
  field: 'noPledge',
  label: '未作承诺的党员',
  choices: [
    { value: 'blank', label: '承诺处不印' },
    { value: 'say', label: '注明“未作承诺”' }
  ]
}

/** What stands in place of the pledge of a member who has no public one ('' for nothing). */
export function missingPledgeText(member: PledgeMember, noPledge: 'blank' | 'say', pending: string): string {
  if (member.pledgeStatus) return pending
  return noPledge === 'say' ? '未作承诺' : ''
}

/** The member's pledge for the year once the branch has approved it; drafts are never printed. */
export function memberPledge(db: Database, personId: string, year: number): Pledge | undefined {
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

/** The year's public team and branch pledges (the branch's first), of one team or all. */
export function groupPledges(db: Database, year: number, teamId: string | null): PrintGroupPledge[] {
  return db.pledges
    .filter((p) => p.scope !== 'person' && p.year === year && isPublic(p.status) && (!teamId || p.teamId === teamId))
    .sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'branch' ? -1 : 1))
    .map((p) => ({
      ownerName: p.scope === 'branch' ? db.settings.branchName || '党支部' : (db.teams.find((t) => t.id === p.teamId)?.name ?? ''),
      scopeLabel: PLEDGE_SCOPE_LABELS[p.scope],
      items: p.items.map((item) => printItem(db, item, year))
    }))
}

/** One pledge item in a line: 1.〔学习提高〕内容(衡量标准:…;时限:…). */
export function pledgeItemLine(item: PrintPledgeItem, index: number, withDeadline = true): string {
  const extras = [item.standard && `衡量标准：${item.standard}`, withDeadline && item.deadline && `时限：${item.deadline}`].filter(Boolean)
  return `${index + 1}.〔${item.categoryLabel}〕${item.content}${extras.length ? `\uff08${extras.join('\uff1b')}\uff09` : ''}`
}

/** 服务承诺 for a placard: the member's own summary, else the items' contents. */
export function pledgeSummaryText(member: PledgeMember): string {
  if (member.pledgeSummary) return member.pledgeSummary
  return member.pledgeItems.map((item) => item.content).join('；')
}

/** 配色 of folded cards; left unset, the colour set in 亮身份 is used. */
export const colorOption = z.enum(PLACARD_COLORS).optional()
export const colorControl: PrintControl = {
  kind: 'choice',
  field: 'color',
  label: '配色',
  choices: PLACARD_COLORS.map((value) => ({ value, label: PLACARD_COLOR_LABELS[value] })),
  optional: true,
  extra: '不选则用“亮身份”中设定的配色'
}
