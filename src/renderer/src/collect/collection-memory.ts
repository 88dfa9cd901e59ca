// The collection this tab is working on survives a reload (web mode users reload; a crash of the
// renderer should not strand a collection on the room PC). Only the id is kept, in this tab's
// sessionStorage; everything else is asked of the core again.
const KEY = 'logi-diag.collection'

export function rememberedCollection(): string | null {
  try {
    return window.sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function rememberCollection(id: string | null): void {
  try {
    if (id) window.sessionStorage.setItem(KEY, id)
    else window.sessionStorage.removeItem(KEY)
  } catch {
    // Storage can be off (privacy settings): the flow still works, it just does not survive a reload.
  }
}
