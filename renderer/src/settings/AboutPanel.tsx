import { Button, Card, Descriptions, Modal, Typography } from 'antd'
import { useState } from 'react'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'

/** 关于: version, the promise that nothing leaves this computer, and the print fonts' licences. */
export function AboutPanel() {
  const about = useLoad(() => api.settings.about())
  const [shown, setShown] = useState<number | null>(null)
  const font = shown === null ? undefined : about.data?.fonts[shown]
  return (
    <Card title="关于" loading={about.loading} style={{ marginTop: 16 }}>
      {about.data && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="版本">{about.data.version}</Descriptions.Item>
          <Descriptions.Item label="联网">不联网。所有数据只保存在本机的数据文件夹中。</Descriptions.Item>
          <Descriptions.Item label="打印字体">
            {about.data.fonts.map((f, i) => (
              <div key={f.name}>
                {f.name}，{f.licenceName}{' '}
                <Button type="link" size="small" onClick={() => setShown(i)}>
                  查看许可证
                </Button>
              </div>
            ))}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Modal open={font !== undefined} title={font?.name} footer={null} width={720} onCancel={() => setShown(null)}>
        <Typography.Paragraph>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto', fontSize: 12 }}>{font?.licence}</pre>
        </Typography.Paragraph>
      </Modal>
    </Card>
  )
}
