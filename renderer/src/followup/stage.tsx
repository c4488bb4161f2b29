import type { StageScreens } from '../screens'
import { ChasePage } from './chase/ChasePage'
import { FundsPage } from './funds/FundsPage'
import { LedgerPage } from './ledger/LedgerPage'
import { RecordsPage } from './records/RecordsPage'
import { TargetsPage } from './targets/TargetsPage'

/** 跟踪 (整改台账、检查催办、目标责任、经费、考核奖惩): its menu entries and screens. */
export const followupScreens: StageScreens<'followup'> = {
  stage: 'followup',
  label: '跟踪 · 整改 催办 考核',
  routes: [
    { path: '/followup/ledger', label: '整改台账', render: () => <LedgerPage /> },
    { path: '/followup/chase', label: '检查催办', render: () => <ChasePage /> },
    { path: '/followup/targets', label: '目标责任', render: () => <TargetsPage /> },
    { path: '/followup/funds', label: '经费', render: () => <FundsPage /> },
    { path: '/followup/records', label: '考核与奖惩', render: () => <RecordsPage /> }
  ]
}
