// Where the app keeps its own state on this machine (its log, the ticket outbox, the pseudonym maps
// kept beside bundles) and where bundles are saved by default. One place, so the CLI, the Electron
// app, web mode and the tests agree; tests point both at temporary folders through the environment.
import { homedir } from 'node:os'
import { join } from 'node:path'

const DIR_NAME = 'Logi Room Diagnostics'

/** The app's private state folder: per user, never synced, created on first use by its users. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LOGI_DIAG_DATA_DIR) return env.LOGI_DIAG_DATA_DIR
  const home = homedir()
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DIR_NAME)
  return join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'logi-room-diagnostics')
}

/** Where a bundle is saved when the user does not choose a place. */
export function defaultBundleDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOGI_DIAG_BUNDLE_DIR) return env.LOGI_DIAG_BUNDLE_DIR
  return join(homedir(), 'Documents', DIR_NAME)
}
