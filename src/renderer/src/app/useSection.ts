// The active section follows the address bar's hash: tabs are plain links, so the browser keeps
// the history and back/forward work without a router.
import { useEffect, useState } from 'react'
import { sectionFromHash, type Section } from '../ui/sections'

export function useSection(): Section {
  const [section, setSection] = useState<Section>(() => sectionFromHash(window.location.hash))
  useEffect(() => {
    const update = (): void => setSection(sectionFromHash(window.location.hash))
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return section
}
