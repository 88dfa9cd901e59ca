// The active section follows the address bar's hash: tabs are plain links, so the browser keeps
// the history and back/forward work without a router.
import { useSyncExternalStore } from 'react'
import { sectionFromHash, type Section } from '../ui/sections'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useSection(): Section {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash))
}
