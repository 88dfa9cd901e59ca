// Injected at build time by electron-vite / esbuild `define`; falls back for tests run from source.
declare const __APP_VERSION__: string | undefined

export const APP_NAME = 'Logi Room Diagnostics'
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev'
