import { describe, expect, it } from 'vitest'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { appDataDir, defaultBundleDir } from './app-paths'

describe('app paths', () => {
  it('follows each OS convention for private state', () => {
    expect(appDataDir({}, 'linux')).toBe(join(homedir(), '.local', 'state', 'logi-room-diagnostics'))
    expect(appDataDir({ XDG_STATE_HOME: '/x/state' }, 'linux')).toBe(join('/x/state', 'logi-room-diagnostics'))
    expect(appDataDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Local', 'Logi Room Diagnostics')
    )
    expect(appDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Logi Room Diagnostics'))
  })
  it('lets tests and admins move both folders', () => {
    expect(appDataDir({ LOGI_DIAG_DATA_DIR: '/tmp/d' }, 'win32')).toBe('/tmp/d')
    expect(defaultBundleDir({ LOGI_DIAG_BUNDLE_DIR: '/tmp/b' })).toBe('/tmp/b')
    expect(defaultBundleDir({})).toBe(join(homedir(), 'Documents', 'Logi Room Diagnostics'))
  })
})
