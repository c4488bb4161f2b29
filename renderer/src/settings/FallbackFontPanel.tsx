import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd'
import type { FallbackFontInfo } from '@shared/model/settings'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

/**
 * 补充打印字体: the officer's own font for 生僻字 (𠮷 and the rest of CJK Extension B and beyond),
 * which the bundled Noto fonts lack. The app ships none (none it could ship exists), so the
 * licence is the officer's to check, and the panel says so.
 */
export function FallbackFontPanel({ onChange }: { onChange?: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const font = useLoad(() => api.settings.fallbackFont())

  const add = async () => {
    const replacing = font.data
    const outcome = await call(api.settings.addFallbackFont())
    if (!outcome || outcome.canceled) return
    font.setData(outcome.value)
    onChange?.()
    void message.success(
      replacing
        ? `已把补充打印字体由“${replacing.name}”换为“${outcome.value.name}”；原字体文件已被替换，已备份到文件的副本中仍有它`
        : `已添加补充打印字体“${outcome.value.name}”，已复制到数据文件夹`
    )
  }
  const remove = async () => {
    const outcome = await call(api.settings.removeFallbackFont())
    if (!outcome) return
    font.setData(null)
    onChange?.()
    void message.success(
      outcome.removed ? '已移除补充打印字体。花名册和承诺未改动，已备份到文件的副本中仍有该字体；打印字体缺的字会重新标为缺字' : '没有补充打印字体，无需移除'
    )
  }

  return (
    <Card title="补充打印字体（生僻字）" loading={font.loading} style={{ marginTop: 16 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          随软件提供的思源宋体、思源黑体没有“𠮷”等 CJK 扩展B区及以后各区的汉字，含这些字的姓名打印时会缺字。
          在这里添加一个含这些字的字体文件（.ttf 或 .otf），打印时缺的字就用它补上。例如 Windows 自带的
          SimSun-ExtB（C:\Windows\Fonts\simsunb.ttf），或开源的花园明朝B、遍黑体P2。
        </Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          title="字体的许可由您自行确认"
          description="本软件不随附这类字体，也无法判断您所选字体的许可。请确认您有权使用该字体，并有权把它嵌入打印出的PDF文件。字体文件会复制到数据文件夹，并随“备份到文件”一起备份。"
        />
        {font.data ? <FontDetails font={font.data} /> : font.data === null && <Typography.Text type="secondary">尚未添加补充打印字体。</Typography.Text>}
        <Space wrap>
          {font.data ? (
            <Popconfirm title="用另一个字体文件替换现有的补充打印字体？" okText="选择文件" cancelText="取消" onConfirm={add}>
              <Button>更换字体文件…</Button>
            </Popconfirm>
          ) : (
            <Button onClick={add}>添加字体文件…</Button>
          )}
          {font.data && (
            <Popconfirm
              title="移除补充打印字体？"
              description="数据文件夹中的字体文件会被删除，花名册和承诺不变；之后含生僻字的文件会被提示缺字。"
              okText="移除"
              cancelText="取消"
              onConfirm={remove}
            >
              <Button danger>移除</Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
    </Card>
  )
}

function FontDetails({ font }: { font: FallbackFontInfo }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label="字体">
        <span data-testid="fallback-font-name">{font.name}</span>（{formatSize(font.bytes)}，含扩展B区及以后各区汉字 {font.extendedHan} 个）
      </Descriptions.Item>
      <Descriptions.Item label="保存位置">{font.file}</Descriptions.Item>
      <Descriptions.Item label="花名册中的生僻字">
        {font.printsInNames.length ? `用它打印：${font.printsInNames.join(' ')}` : '花名册姓名中暂无需要它的字'}
        {font.stillMissing.length > 0 && (
          <div>
            <Typography.Text type="warning">这个字体也没有：{font.stillMissing.join(' ')}（打印时仍会提示缺字）</Typography.Text>
          </div>
        )}
      </Descriptions.Item>
    </Descriptions>
  )
}
