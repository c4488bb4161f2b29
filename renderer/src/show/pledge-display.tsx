import { Button, Tag } from 'antd'
import type { PledgeView } from '@shared/show/contract'
import { PLEDGE_SCOPE_LABELS, PLEDGE_STATUS_LABELS, type PledgeScope, type PledgeStatus } from '@shared/show/model'
import type { RosterChoices } from '../components/useRosterChoices'

const STATUS_COLORS: Record<PledgeStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  approved: 'cyan',
  published: 'green',
  fulfilling: 'geekblue',
  assessed: 'purple'
}

export function StatusTag({ status }: { status: PledgeStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{PLEDGE_STATUS_LABELS[status]}</Tag>
}

export function ScopeTag({ scope }: { scope: PledgeScope }) {
  return <Tag variant="outlined">{PLEDGE_SCOPE_LABELS[scope]}</Tag>
}

/** Whose pledge, as people say it: the member, the team, or the branch. */
export function ownerName(pledge: Pick<PledgeView, 'scope' | 'personId' | 'teamId'>, roster: RosterChoices, branchName: string): string {
  if (pledge.scope === 'person') return roster.person(pledge.personId)?.name ?? '（已删除人员）'
  if (pledge.scope === 'team') return roster.teamName(pledge.teamId) || '（已删除班组）'
  return branchName || '党支部'
}

/** The team a pledge belongs to: the member's team for a member's pledge. */
export function pledgeTeamId(pledge: Pick<PledgeView, 'scope' | 'personId' | 'teamId'>, roster: RosterChoices): string | null {
  return pledge.scope === 'person' ? (roster.person(pledge.personId)?.teamId ?? null) : pledge.teamId
}

/** The owner's name as a link-styled button that opens the pledge. */
export function OwnerLink({ name, onOpen, testId }: { name: string; onOpen: () => void; testId?: string }) {
  return (
    <Button type="link" size="small" autoInsertSpace={false} style={{ padding: 0 }} onClick={onOpen} data-testid={testId}>
      {name}
    </Button>
  )
}
