import { AboutPanel } from './AboutPanel'
import { DataPanel } from './DataPanel'
import { UnitForm } from './UnitForm'

export function SettingsPage() {
  return (
    <>
      <UnitForm />
      <DataPanel />
      <AboutPanel />
    </>
  )
}
