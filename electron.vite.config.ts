import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { calls, events } from './src/shared/contract/calls'
import type { ContractNames } from './src/shared/contract/channel-names'

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }

// Main and preload bundle for Electron; the renderer is a plain web build so the same
// output is served by `logi-diag serve` (loopback web mode) and loaded by Electron.
export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/electron/main.ts') } }
    }
  },
  preload: {
    // The preload's call and event names, derived from the contract's one declaration, so the
    // sandboxed preload needs neither zod nor a hand-kept copy of the list.
    define: { __CONTRACT_NAMES__: JSON.stringify({ calls: Object.keys(calls), events: Object.keys(events) } satisfies ContractNames) },
    build: {
      // sandbox: true preloads may only require('electron'); bundle anything else in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
