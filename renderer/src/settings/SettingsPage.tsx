import { useState } from 'react'
import { AboutPanel } from './AboutPanel'
import { DataPanel } from './DataPanel'
import { FallbackFontPanel } from './FallbackFontPanel'
import { UnitForm } from './UnitForm'

export function SettingsPage() {
  // 关于 lists the fallback font with its licence: shown again when that font changes.
  const [fontChanges, setFontChanges] = useState(0)
  return (
    <>
      <UnitForm />
      <DataPanel />
      <FallbackFontPanel onChange={() => setFontChanges((n) => n + 1)} />
      <AboutPanel key={fontChanges} />
    </>
  )
}
