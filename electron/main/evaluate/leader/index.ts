import type { leaderContract } from '@shared/evaluate/leader/contract'
import type { MainStagePart } from '../../stage'

/** 领导点评: this part's handlers and hooks. */
export const leaderPart: MainStagePart<'evaluate', keyof typeof leaderContract> = {
  handlers: () => ({})
}
