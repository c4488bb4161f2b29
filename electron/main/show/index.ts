import { findingKey, type Finding } from '@shared/model/finding'
import { localDay } from '@shared/rules/dates'
import { overdueItems } from '@shared/rules/pledge-deadlines'
import { PLEDGE_SCOPE_LABELS } from '@shared/show/model'
import type { MainStage } from '../stage'
import { pledgeFigures } from './appraisal-figures'
import { showGlance, showUnitFigures } from './glance'
import { pledgeReminders } from './reminders'
import { demoPledges } from './demo-pledges'
import { SHOW_DOCUMENTS } from './documents'
import { showHandlers } from './handlers'
import { showProblems } from './integrity'
import { ownerLabel } from './pledges'
import { purgeShowRecords, showReferences } from './references'
import { mergeShowTeam } from './team-merge'

/** 三亮: pledges through their cycle, fulfilment, assessment, tip phrases, and the stage's documents. */
export const showStage: MainStage<'show'> = {
  id: 'show',
  handlers: showHandlers,
  problems: showProblems,
  references: showReferences,
  purge: purgeShowRecords,
  mergeTeam: mergeShowTeam,
  seedDemo(db, now) {
    const seeded = demoPledges(db, db.settings.year, now)
    const pledges = seeded.pledges.length - db.pledges.length
    return { db: seeded, counts: { pledges }, said: [`${pledges}条承诺`] }
  },
  documents: SHOW_DOCUMENTS,
  appraisalFigures: pledgeFigures,
  glance: showGlance,
  reminders: pledgeReminders,
  unitFigures: showUnitFigures,
  /**
   * Pledges not kept, for the 整改台账: each item past its deadline that no 践诺记录 reports done
   * (the same rule as the overdue list), as of the clock's today (the hook is given no day).
   */
  findings(db): Finding[] {
    return overdueItems(db.pledges, db.fulfilments, localDay()).map(({ pledge, item, dueOn }) => {
      const source = { stage: 'show', collection: 'pledges', recordId: pledge.id, itemId: item.id }
      const owner = ownerLabel(db, pledge)
      return {
        key: findingKey(source),
        kind: 'pledge',
        source,
        sourceTitle: `${pledge.year}年度${PLEDGE_SCOPE_LABELS[pledge.scope]} · ${owner}`,
        year: pledge.year,
        text: `承诺事项“${item.content}”逾期未完成（完成时限${dueOn}）`,
        owner: pledge.scope === 'person' ? { kind: 'person', id: pledge.personId, name: owner } : pledge.scope === 'team' ? { kind: 'team', id: pledge.teamId, name: owner } : { kind: 'unit', id: null, name: owner },
        foundOn: dueOn,
        measures: '',
        dueOn: null,
        confidential: false
      }
    })
  }
}
