// The object the Electron preload exposes with contextBridge as `window.logiDiag`
// (BRIDGE_GLOBAL in the shared contract). Everything crossing it is untrusted until the renderer
// has parsed it against the contract, hence `unknown`.
export interface PreloadBridge {
  call(name: string, input: unknown): Promise<unknown>
  on(event: string, listener: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    logiDiag?: PreloadBridge
  }
}
