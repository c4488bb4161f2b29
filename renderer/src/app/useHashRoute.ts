import { useEffect, useState } from 'react'

/** Hash routing is enough for a single-window app and never triggers a navigation. */
export function useHashRoute(fallback: string): [string, (path: string) => void] {
  const read = () => window.location.hash.replace(/^#/, '') || fallback
  const [path, setPath] = useState(read)
  useEffect(() => {
    const onChange = () => setPath(read())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  })
  return [path, (next) => (window.location.hash = next)]
}
