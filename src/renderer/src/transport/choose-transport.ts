// Chosen once at start-up: inside Electron the preload has put the bridge on window; anywhere
// else this page was served by `logi-diag serve` and talks HTTP to the same origin.
import { BRIDGE_GLOBAL } from '../../../shared/contract'
import type { PreloadBridge } from './bridge-global'
import { createElectronTransport } from './electron-transport'
import type { Transport } from './transport'
import { createWebTransport } from './web-transport'
import { takeAccessToken } from './access-token'

function findBridge(win: Window): PreloadBridge | null {
  const candidate = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL]
  if (typeof candidate !== 'object' || candidate === null) return null
  const b = candidate as Partial<PreloadBridge>
  return typeof b.call === 'function' && typeof b.on === 'function' ? (candidate as PreloadBridge) : null
}

export function chooseTransport(win: Window = window): Transport {
  const bridge = findBridge(win)
  return bridge ? createElectronTransport(bridge) : createWebTransport({ token: takeAccessToken(win) })
}
