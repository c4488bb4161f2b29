import type { StageScreens } from '../screens'

/** 跟踪 (整改台账、检查催办、目标责任、经费、考核奖惩): its menu entries and screens. */
export const followupScreens: StageScreens<'followup'> = {
  stage: 'followup',
  label: '跟踪 · 整改 催办 考核',
  routes: []
}
