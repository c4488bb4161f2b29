import { Modal, Spin } from 'antd'
import { PRINT_DOCUMENTS, type PrintDocumentId } from '@shared/model/print'
import { useRosterChoices } from '../components/useRosterChoices'
import type { PrintPreset } from './print-request'
import { PrintPanel } from './PrintPanel'
import { usePrintCatalog } from './usePrintCatalog'

interface Props {
  open: boolean
  document: PrintDocumentId
  preset?: PrintPreset
  onClose: () => void
}

/**
 * Prints one document from any screen (e.g. 承诺卡 for the people chosen in a table). Closing it
 * cancels a job still running. Mounted only while open, so each opening starts fresh.
 */
export function PrintDialog({ open, document, preset, onClose }: Props) {
  return (
    <Modal open={open} onCancel={onClose} footer={null} width={1080} destroyOnHidden mask={{ closable: false }} title={`打印 · ${PRINT_DOCUMENTS.find((d) => d.id === document)?.title ?? ''}`}>
      {open && <DialogBody document={document} preset={preset} />}
    </Modal>
  )
}

function DialogBody({ document, preset }: { document: PrintDocumentId; preset?: PrintPreset }) {
  const catalog = usePrintCatalog()
  const roster = useRosterChoices()
  const info = catalog.documents.find((d) => d.id === document)
  if (catalog.loading || roster.loading || !info) return <Spin description="正在载入…"><div style={{ height: 120 }} /></Spin>
  return <PrintPanel info={info} year={catalog.year} roster={roster} preset={preset} previewHeight={460} />
}
