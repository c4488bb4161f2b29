import { Alert, Button, Radio, Segmented, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo, useState } from 'react'
import { IMPORT_ACTION_LABELS, type ImportAction, type ImportPreview, type ImportResult, type ImportRow, type ImportTeamHint } from '@shared/roster/contract'
import { formatPartialDate } from '@shared/rules/partial-date'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { MissingGlyphTag } from './NameFlags'
import { NoteList } from './NoteList'
import { CancelButton, GuardedModal, useUnsavedValue } from '../components/unsaved'

const ACTION_COLORS: Record<ImportAction, string> = { new: 'green', update: 'blue', skip: 'default' }
const MATCHED_BY = { idNumber: '身份证号', nameBirth: '姓名和出生年月' } as const

interface Props {
  preview: ImportPreview
  onClose: () => void
  onImported: (result: ImportResult) => void
}

/**
 * Step two of 导入花名册: every row of the file with what will happen to it. Nothing is written until
 * 确认导入; 取消 drops the file main holds.
 */
export function ImportPreviewModal({ preview, onClose, onImported }: Props) {
  const call = useCall()
  const [choices, setChoices] = useState<Record<number, ImportAction>>({})
  const [showing, setShowing] = useState<'all' | 'issues'>('all')
  const [committing, setCommitting] = useState(false)
  /** 相近班组 the user maps: file's name → existing team id. Absent means create it (the default). */
  const [mapped, setMapped] = useState<Record<string, string>>({})
  const actionOf = (row: ImportRow) => choices[row.row] ?? row.action
  // A row's action other than main's suggestion, and a 相近班组 mapped onto an existing team, are the
  // user's work, lost if the preview closes.
  const suggested = useMemo(() => ({ actions: preview.rows.map((r) => r.action), mapped: {} }), [preview.rows])
  const guard = useUnsavedValue({ actions: preview.rows.map(actionOf), mapped }, suggested)
  /** The file's team name, and under it the team its people go to when the user mapped it. */
  const teamShown = (name: string) => {
    const hint = mapped[name] ? preview.teamHints.find((h) => h.name === name) : undefined
    const into = hint?.similar.find((t) => t.id === mapped[name])
    if (!into) return name
    return (
      <span title={`${name}，并入「${into.name}」`}>
        {name}
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          → {into.name}
        </Typography.Text>
      </span>
    )
  }

  const counts = useMemo(() => {
    const tally: Record<ImportAction, number> = { new: 0, update: 0, skip: 0 }
    for (const row of preview.rows) tally[choices[row.row] ?? row.action]++
    return tally
  }, [preview.rows, choices])
  const withIssues = useMemo(() => preview.rows.filter((r) => r.errors.length || r.warnings.length || r.missingGlyphs.length), [preview.rows])

  const cancel = async () => {
    await call(api.roster.importCancel({ id: preview.id }))
    onClose()
  }
  const commit = async () => {
    setCommitting(true)
    const changed = preview.rows.filter((r) => actionOf(r) !== r.action).map((r) => ({ row: r.row, action: actionOf(r) }))
    const teams = Object.entries(mapped).map(([name, into]) => ({ name, into }))
    const result = await call(api.roster.importCommit({ id: preview.id, choices: changed, teams }))
    setCommitting(false)
    if (result) onImported(result)
  }

  const columns: ColumnsType<ImportRow> = [
    { title: '行号', dataIndex: 'row', width: 64 },
    {
      title: '姓名',
      key: 'name',
      width: 130,
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.name}</span>
          {r.missingGlyphs.length > 0 && <MissingGlyphTag chars={r.missingGlyphs} />}
        </Space>
      )
    },
    { title: '性别', key: 'gender', width: 56, render: (_, r) => r.values.gender },
    { title: '出生年月', key: 'birth', width: 96, render: (_, r) => formatPartialDate(r.values.birth) },
    { title: '政治面貌', key: 'status', width: 96, render: (_, r) => r.values.politicalStatus },
    { title: '所在班组', key: 'team', width: 130, ellipsis: true, render: (_, r) => teamShown(r.values.teamName) },
    { title: '联系电话', key: 'phone', width: 124, ellipsis: true, render: (_, r) => r.values.phone },
    { title: '身份证号', key: 'idNumber', width: 176, render: (_, r) => r.values.idNumber },
    {
      title: '处理',
      key: 'action',
      width: 130,
      render: (_, r) =>
        r.choices.length > 1 ? (
          <Radio.Group
            size="small"
            optionType="button"
            aria-label={`第${r.row}行的处理方式`}
            value={actionOf(r)}
            options={r.choices.map((c) => ({ value: c, label: IMPORT_ACTION_LABELS[c] }))}
            onChange={(e) => setChoices((current) => ({ ...current, [r.row]: e.target.value as ImportAction }))}
          />
        ) : (
          <Tag color={ACTION_COLORS[actionOf(r)]}>{IMPORT_ACTION_LABELS[actionOf(r)]}</Tag>
        )
    },
    { title: '说明', key: 'issues', render: (_, r) => <RowIssues row={r} /> }
  ]

  return (
    <GuardedModal
      open
      width={1240}
      title={`导入预览：${preview.fileName}`}
      guard={guard}
      onCancel={cancel}
      mask={{ closable: false }}
      footer={
        <Space>
          <CancelButton />
          <Button type="primary" loading={committing} disabled={counts.new + counts.update === 0} onClick={commit}>
            确认导入（新增 {counts.new} 人，更新 {counts.update} 人）
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          工作表「{preview.sheetName}」，表头在第 {preview.headerRows.join('、')} 行。确认导入之前，花名册不会有任何改动。
        </Typography.Text>
        <Space size="small" wrap data-testid="import-summary">
          <Tag>共 {preview.summary.rows} 行</Tag>
          <Tag color="green">新增 {counts.new}</Tag>
          <Tag color="blue">更新 {counts.update}</Tag>
          <Tag>跳过 {counts.skip}</Tag>
          {preview.summary.errors > 0 && <Tag color="red">有错误 {preview.summary.errors} 行（只能跳过）</Tag>}
        </Space>
        {preview.notices.length > 0 && (
          <Alert
            type="info"
            showIcon
            title="请留意"
            description={<NoteList items={preview.notices} />}
          />
        )}
        {preview.teamHints.length > 0 && (
          <TeamHints
            hints={preview.teamHints}
            mapped={mapped}
            onChange={(name, into) =>
              setMapped((current) => {
                const { [name]: _, ...rest } = current
                return into ? { ...rest, [name]: into } : rest
              })
            }
          />
        )}
        <Segmented
          value={showing}
          onChange={(value) => setShowing(value as 'all' | 'issues')}
          options={[
            { value: 'all', label: `全部（${preview.rows.length} 行）` },
            { value: 'issues', label: `有错误或提醒的（${withIssues.length} 行）` }
          ]}
        />
        <Table<ImportRow>
          size="small"
          rowKey="row"
          columns={columns}
          dataSource={showing === 'all' ? preview.rows : withIssues}
          pagination={{ defaultPageSize: 10, pageSizeOptions: [10, 20, 50], showSizeChanger: true, showTotal: (total) => `共 ${total} 行` }}
          scroll={{ x: 1210 }}
        />
      </Space>
    </GuardedModal>
  )
}

interface TeamHintsProps {
  hints: ImportTeamHint[]
  mapped: Record<string, string>
  onChange: (name: string, into: string | null) => void
}

/** 相近班组: each new team close to an existing one, with the choice to create it or map it onto that team. */
function TeamHints({ hints, mapped, onChange }: TeamHintsProps) {
  return (
    <Alert
      type="warning"
      showIcon
      title="相近班组"
      description={
        <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="team-hints">
          <Typography.Text>文件中的下列班组在花名册中没有，但与已有班组名称相近。如果是同一班组，请选择并入；不选则新建。</Typography.Text>
          {hints.map((hint) => (
            <Space key={hint.name} wrap size="small">
              <Typography.Text strong>
                「{hint.name}」（{hint.people} 人）：
              </Typography.Text>
              <Radio.Group
                size="small"
                aria-label={`「${hint.name}」的班组`}
                value={mapped[hint.name] ?? ''}
                onChange={(e) => onChange(hint.name, (e.target.value as string) || null)}
                options={[
                  { value: '', label: `新建「${hint.name}」` },
                  ...hint.similar.map((team) => ({ value: team.id, label: `并入已有的「${team.name}」` }))
                ]}
              />
            </Space>
          ))}
        </Space>
      }
    />
  )
}

function RowIssues({ row }: { row: ImportRow }) {
  return (
    <Space orientation="vertical" size={0}>
      {row.match && (
        <Typography.Text type="secondary">
          与花名册中的「{row.match.name}」{MATCHED_BY[row.match.by]}相同
        </Typography.Text>
      )}
      {row.errors.map((text) => (
        <Typography.Text key={text} type="danger">
          {text}
        </Typography.Text>
      ))}
      {row.warnings.map((text) => (
        <Typography.Text key={text} type="warning">
          {text}
        </Typography.Text>
      ))}
    </Space>
  )
}
