import { Button, Card, Input, Select, Space, Typography } from 'antd'
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import { POLITICAL_STATUSES, POLITICAL_STATUS_LABELS } from '@shared/roster/model'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { EMPTY_FILTER, filterPeople, NO_TEAM, PARTY, type PeopleFilter } from './filter-people'
import { MovePeopleModal } from './MovePeopleModal'
import { PeopleTable } from './PeopleTable'
import { PersonDrawer } from './PersonDrawer'
import { RosterEmpty } from './RosterEmpty'
import { ExportRosterButton, ImportRosterButton, TemplateButton } from './RosterFileButtons'
import { useChangeNotes, useRosterList } from './use-roster'
import { LoadState } from './LoadState'

/** The roster in team order (as the 班组 page orders them), people without a team last. */
function inTeamOrder(people: PersonRow[], teams: TeamRow[]): PersonRow[] {
  const rank = new Map(teams.map((t, i) => [t.id, i]))
  const of = (p: PersonRow) => (p.teamId === null ? teams.length : (rank.get(p.teamId) ?? teams.length))
  return [...people].sort((a, b) => of(a) - of(b))
}

/** 人员: the roster table with search, filters, the add/edit drawer and the Excel actions. */
export function PeoplePage() {
  const roster = useRosterList()
  const call = useCall()
  const tell = useChangeNotes()
  const [filter, setFilter] = useState<PeopleFilter>(EMPTY_FILTER)
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [movingPeople, setMovingPeople] = useState(false)
  // Typing stays responsive: the table catches up with the search box a moment later if it must.
  const deferred = useDeferredValue(filter)
  // A stable reload keeps the memoised table from re-rendering on every keystroke.
  const reloadRef = useRef(roster.reload)
  reloadRef.current = roster.reload
  const reload = useCallback(() => reloadRef.current(), [])

  const people = roster.data?.people
  const teams = useMemo(() => roster.data?.teams ?? [], [roster.data])
  const ordered = useMemo(() => inTeamOrder(people ?? [], teams), [people, teams])
  const shown = useMemo(() => filterPeople(ordered, deferred), [ordered, deferred])
  // Only what is shown counts as selected: a filter or a reload never moves someone out of sight.
  const selectedPeople = useMemo(() => shown.filter((p) => selected.has(p.id)), [shown, selected])
  const selectedIds = useMemo(() => selectedPeople.map((p) => p.id), [selectedPeople])
  const onSelect = useCallback((ids: string[]) => setSelected(new Set(ids)), [])

  const onEdit = useCallback((person: PersonRow) => setEditing(person), [])
  const onDelete = useCallback(
    async (person: PersonRow) => {
      const done = await call(api.roster.deletePerson({ id: person.id }))
      if (!done) return
      tell(`已把「${person.name}」移到回收站`, done.notes)
      reload()
    },
    [call, tell, reload]
  )

  if (!roster.data) return <LoadState loading={roster.loading} what="花名册" onRetry={roster.reload} />
  const { data } = roster
  const drawer = editing && (
    <PersonDrawer key={editing === 'new' ? 'new' : editing.id} person={editing === 'new' ? null : editing} teams={teams} onClose={() => setEditing(null)} onSaved={reload} />
  )
  if (data.people.length === 0) {
    return (
      <>
        <RosterEmpty canLoadDemo={data.teams.length === 0 && data.recycled === 0} onChanged={reload} onAdd={() => setEditing('new')} />
        {drawer}
      </>
    )
  }

  const set = (patch: Partial<PeopleFilter>) => setFilter((current) => ({ ...current, ...patch }))
  return (
    <Card>
      <div data-toolbar="people" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', marginBottom: 16 }}>
        <Space wrap>
          <Input
            allowClear
            aria-label="搜索人员"
            placeholder="姓名或拼音，如 wz"
            style={{ width: 180 }}
            value={filter.search}
            onChange={(e) => set({ search: e.target.value })}
          />
          <Select
            aria-label="按班组筛选"
            style={{ width: 170 }}
            popupMatchSelectWidth={false}
            value={filter.teamId}
            onChange={(teamId) => set({ teamId })}
            options={[
              { value: '', label: '全部班组' },
              ...teams.map((t) => ({ value: t.id, label: `${t.name}（${t.memberCount} 人）` })),
              { value: NO_TEAM, label: '未分班组' }
            ]}
          />
          <Select
            aria-label="按政治面貌筛选"
            style={{ width: 170 }}
            popupMatchSelectWidth={false}
            value={filter.status}
            onChange={(status) => set({ status })}
            options={[
              { value: '', label: '全部政治面貌' },
              { value: PARTY, label: '党员（含预备党员）' },
              ...POLITICAL_STATUSES.map((s) => ({ value: s, label: POLITICAL_STATUS_LABELS[s] }))
            ]}
          />
          {(filter.search || filter.teamId || filter.status) && <Button type="link" onClick={() => setFilter(EMPTY_FILTER)}>清除筛选</Button>}
        </Space>
        {/* While people are ticked, their actions take the place of the file actions: the toolbar keeps one line. */}
        {selectedPeople.length > 0 ? (
          <Space wrap data-selection="people">
            <Typography.Text>已选 {selectedPeople.length} 人</Typography.Text>
            <Button type="primary" onClick={() => setMovingPeople(true)}>
              移到班组…
            </Button>
            <Button onClick={() => setSelected(new Set())}>取消选择</Button>
          </Space>
        ) : (
          <Space wrap>
            <Button type="primary" onClick={() => setEditing('new')}>
              新增人员
            </Button>
            <ImportRosterButton onImported={reload} />
            <TemplateButton />
            <ExportRosterButton />
          </Space>
        )}
      </div>
      <PeopleTable people={shown} teams={teams} onEdit={onEdit} onDelete={onDelete} selectedIds={selectedIds} onSelect={onSelect} />
      {drawer}
      {movingPeople && (
        <MovePeopleModal
          people={selectedPeople}
          teams={teams}
          onClose={() => setMovingPeople(false)}
          onMoved={() => {
            setSelected(new Set())
            reload()
          }}
        />
      )}
    </Card>
  )
}
