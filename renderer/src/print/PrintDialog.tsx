import { Empty, Modal, Spin } from 'antd'
import { useRosterChoices } from '../components/useRosterChoices'
import type { PrintPreset } from './print-request'
import { PrintPanel } from './PrintPanel'
import { usePrintCatalog } from './usePrintCatalog'

interface Props {
  open: boolean
  /** A document's id in the catalogue (`print:documents`). */
  document: string
  preset?: PrintPreset
  onClose: () => void
}

/**
 * Prints one document from any screen (e.g. 承诺卡 for the people chosen in a table). Closing it
 * cancels a job still running. Mounted only while open, so each opening starts fresh.
 */
export function PrintDialog({ open, ...props }: Props) {
  return open ? <OpenDialog {...props} /> : null
}

function OpenDialog({ document, preset, onClose }: Omit<Props, 'open'>) {
  const catalog = usePrintCatalog()
  const roster = useRosterChoices()
  const info = catalog.documents.find((d) => d.id === document)
  const loading = catalog.loading || roster.loading
  return (
    <Modal open onCancel={onClose} footer={null} width={1080} destroyOnHidden mask={{ closable: false }} title={`打印 · ${info?.title ?? ''}`}>
      {loading ? (
        <Spin description="正在载入…">
          <div style={{ height: 120 }} />
        </Spin>
      ) : info ? (
        <PrintPanel info={info} year={catalog.year} roster={roster} preset={preset} previewHeight={460} />
      ) : (
        <Empty description="没有这种可打印的文件" />
      )}
    </Modal>
  )
}
