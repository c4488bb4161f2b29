import type { contestContract } from '@shared/compete/contests/contract'
import type { MainStagePart } from '../../stage'

/** 比武竞赛: this part's handlers and hooks. */
export const contestPart: MainStagePart<'compete', keyof typeof contestContract> = {
  handlers: () => ({})
}
