import { Button, Image, Popconfirm, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { PersonRow } from '@shared/roster/contract'
import { api } from '../api/client'
import { useCall } from '../api/useCall'

/** Data URLs of stored photos already fetched: reopening a person does not fetch again. */
const photoUrls = new Map<string, string>()

function usePhotoUrl(photo: string | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(photo ? (photoUrls.get(photo) ?? null) : null)
  useEffect(() => {
    if (!photo) return setUrl(null)
    const known = photoUrls.get(photo)
    if (known) return setUrl(known)
    let live = true
    void api.roster.photo({ photo }).then((result) => {
      if (!result.ok) return
      photoUrls.set(photo, result.value)
      if (live) setUrl(result.value)
    })
    return () => {
      live = false
    }
  }, [photo])
  return url
}

interface Props {
  /** The saved person, whose photo is changed at once; absent for a new person (saved with the form). */
  personId?: string
  value?: string | null
  onChange?: (photo: string | null) => void
  /** A saved person's record after its photo changed. */
  onPersonChanged?: (person: PersonRow) => void
}

/** 照片: chosen with the system dialog (main checks and stores a resized copy), shown, replaced, removed. */
export function PhotoField({ personId, value, onChange, onPersonChanged }: Props) {
  const call = useCall()
  const url = usePhotoUrl(value)
  const [busy, setBusy] = useState(false)

  const pick = async () => {
    setBusy(true)
    if (personId) {
      const outcome = await call(api.roster.setPhoto({ id: personId }))
      if (outcome && !outcome.canceled) {
        onChange?.(outcome.value.photo)
        onPersonChanged?.(outcome.value)
      }
    } else {
      const outcome = await call(api.roster.pickPhoto())
      if (outcome && !outcome.canceled) {
        photoUrls.set(outcome.value.photo, outcome.value.dataUrl)
        onChange?.(outcome.value.photo)
      }
    }
    setBusy(false)
  }
  const remove = async () => {
    if (personId) {
      const person = await call(api.roster.removePhoto({ id: personId }))
      if (!person) return
      onPersonChanged?.(person)
    }
    onChange?.(null)
  }

  return (
    <Space orientation="vertical" align="center" style={{ width: '100%' }}>
      <div
        style={{ width: 120, height: 160, border: '1px dashed #d9d9d9', borderRadius: 4, display: 'flex', alignItems: 'center', justifyContent: 'center', overflow: 'hidden', background: '#fafafa' }}
      >
        {url ? (
          <Image src={url} alt="照片" width={120} height={160} style={{ objectFit: 'cover' }} />
        ) : (
          <Typography.Text type="secondary">{value ? '正在载入…' : '暂无照片'}</Typography.Text>
        )}
      </div>
      <Space size={4}>
        <Button size="small" loading={busy} onClick={pick}>
          {value ? '更换照片' : '选择照片'}
        </Button>
        {value && (
          <Popconfirm title="移除这张照片？" description={personId ? '照片会立即移除。' : undefined} okText="移除" cancelText="取消" onConfirm={remove}>
            <Button size="small" danger>
              移除
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        JPEG 或 PNG，不超过 10 MB{personId ? '；更换、移除立即生效' : ''}
      </Typography.Text>
    </Space>
  )
}
