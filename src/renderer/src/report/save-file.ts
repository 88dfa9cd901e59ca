// "Save report" is a download in both shells: the browser's own save flow in web mode, Electron's
// download handling in the app. No new main-process code or dialog is needed.
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has its own reference to the data once it started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
