import type { StageId } from '@shared/stages'
import { rosterScreens } from './roster/stage'
import type { StageScreens } from './screens'
import { showScreens } from './show/stage'
import { competeScreens } from './compete/stage'
import { evaluateScreens } from './evaluate/stage'
import { followupScreens } from './followup/stage'
import { appraisalScreens } from './appraisal/stage'

/*
 * The renderer's stage registry: every stage's screens, in the order of STAGES in
 * shared/stages.ts (the menu's order). A new stage adds its folder renderer/src/<stage>/ with a
 * stage.tsx exporting its StageScreens, and one line here; the type makes a stage listed in
 * shared/stages.ts without its screens here a compile error.
 */
const SCREENS: { [S in StageId]: StageScreens<S> } = {
  roster: rosterScreens,
  show: showScreens,
  compete: competeScreens,
  evaluate: evaluateScreens,
  followup: followupScreens,
  appraisal: appraisalScreens
}

export const stageScreens: StageScreens[] = Object.values(SCREENS)
