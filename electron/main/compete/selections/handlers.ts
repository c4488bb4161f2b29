import { randomUUID } from 'node:crypto'
import type { selectionContract } from '@shared/compete/selections/contract'
import type { Database } from '@shared/model/database'
import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../../ipc/dispatch'
import type { Services } from '../../services'
import { findSelection } from './locks'
import { deleteNomination, saveNomination } from './nominations'
import { deleteSelection, publishSelection, saveSelection, unpublishSelection } from './selections'
import type { Stamp } from './stamp'
import { clearTally, decide, saveTally } from './tally'
import { deleteTitle, saveTitle } from './titles'
import { titlesWon } from './titles-won'
import { selectionView } from './view'

type SelectionHandlers = Pick<PartHandlers<'compete'>, keyof typeof selectionContract>

/** 评选: every command is one store change, so a refusal leaves the file as it was. */
export function selectionHandlers(services: Services): SelectionHandlers {
  const { host } = services
  const today = () => localDay(services.now())
  const stamp = (): Stamp => ({ now: services.now().toISOString(), today: today(), newId: randomUUID })
  /** Runs a change that answers with a selection, and shows that selection as it now stands. */
  const changeSelection = async (apply: (db: Database) => { db: Database; selection: { id: string } }) => {
    const { db, selection } = await host.store().change(apply)
    return selectionView(db, findSelection(db, selection.id), today())
  }

  return {
    selectionTitles: () => [...host.data().selectionTitles].sort((a, b) => a.order - b.order),
    selectionTitleSave: async (draft) => (await host.store().change((db) => saveTitle(db, draft, randomUUID))).title,
    selectionTitleDelete: async ({ id }) => {
      await host.store().update((db) => deleteTitle(db, id))
      return null
    },

    selections: (filter) => {
      const db = host.data()
      const year = filter?.year ?? db.settings.year
      return db.selections.filter((s) => s.year === year).map((s) => selectionView(db, s, today()))
    },
    selection: ({ id }) => {
      const db = host.data()
      return selectionView(db, findSelection(db, id), today())
    },
    selectionSave: (draft) => changeSelection((db) => saveSelection(db, draft, stamp())),
    selectionDelete: async ({ id }) => ({ message: (await host.store().change((db) => deleteSelection(db, id))).message }),

    nominationSave: (draft) =>
      changeSelection((db) => {
        const saved = saveNomination(db, draft, stamp())
        return { db: saved.db, selection: { id: saved.nomination.selectionId } }
      }),
    nominationDelete: ({ id }) =>
      changeSelection((db) => {
        const after = deleteNomination(db, id)
        return { db: after.db, selection: { id: after.selectionId } }
      }),

    selectionTallySave: (input) => changeSelection((db) => saveTally(db, input, stamp())),
    selectionTallyClear: ({ id, reason }) => changeSelection((db) => clearTally(db, id, reason, stamp())),
    selectionDecide: (input) => changeSelection((db) => decide(db, input, stamp())),
    selectionPublish: (input) => changeSelection((db) => publishSelection(db, input, stamp())),
    selectionUnpublish: ({ id, reason }) => changeSelection((db) => unpublishSelection(db, id, reason, stamp())),

    titlesWon: (filter) => titlesWon(host.data(), today(), filter ?? {})
  }
}
