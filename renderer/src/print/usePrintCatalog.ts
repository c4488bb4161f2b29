import { api } from '../api/client'
import { useLoad } from '../api/useCall'

/** The documents that can be printed and the activity year they default to. */
export function usePrintCatalog() {
  const documents = useLoad(() => api.print.documents())
  const settings = useLoad(() => api.settings.get())
  return {
    loading: documents.loading || settings.loading,
    documents: documents.data ?? [],
    year: settings.data?.year ?? new Date().getFullYear(),
    unitName: settings.data?.unitName ?? ''
  }
}

export type PrintCatalog = ReturnType<typeof usePrintCatalog>
export type PrintDocumentEntry = PrintCatalog['documents'][number]
