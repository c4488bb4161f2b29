import { Button } from 'antd'

/** The list tables of the stage: 20 rows a page, rows chosen by checkbox for batch actions. */
export function selectableTable(selected: string[], setSelected: (ids: string[]) => void) {
  return {
    rowKey: 'id' as const,
    size: 'middle' as const,
    pagination: { pageSize: 20, showSizeChanger: false, hideOnSinglePage: true },
    rowSelection: { selectedRowKeys: selected, onChange: (keys: React.Key[]) => setSelected(keys as string[]) }
  }
}

export function ClearSelection({ onClear }: { onClear: () => void }) {
  return (
    <Button size="small" type="link" onClick={onClear}>
      取消选择
    </Button>
  )
}
