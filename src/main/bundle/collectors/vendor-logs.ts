// Known log folders of Logitech Sync, Logi Tune and the conferencing apps a room runs.
// A folder that does not exist on this machine is simply not there; none at all is `skipped`.
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { OmittedItem } from '../../../shared/contract'
import { listFiles, LOG_NAME, logSources } from '../log-files'
import { ok, skipped, type Collector, type Source } from './types'

export interface VendorFolder {
  app: string
  path: string
}

/** Where each app keeps its logs, per OS (from the apps' own support articles). */
export function knownVendorFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): VendorFolder[] {
  if (platform === 'win32') {
    const programData = env.ProgramData || 'C:\\ProgramData'
    const appData = env.APPDATA || join(home, 'AppData', 'Roaming')
    const local = env.LOCALAPPDATA || join(home, 'AppData', 'Local')
    return [
      { app: 'logitech-sync', path: join(programData, 'Logitech', 'LogiSync', 'Logs') },
      { app: 'logitech-sync', path: join(programData, 'Logitech', 'LogiSync', 'sync-agent', 'logs') },
      { app: 'logi-tune', path: join(appData, 'logitune', 'logs') },
      { app: 'zoom-rooms', path: join(appData, 'ZoomRooms', 'logs') },
      { app: 'zoom', path: join(appData, 'Zoom', 'logs') },
      {
        app: 'teams-rooms',
        path: 'C:\\Users\\Skype\\AppData\\Local\\Packages\\Microsoft.SkypeRoomSystem_8wekyb3d8bbwe\\LocalState\\Tracing'
      },
      { app: 'teams', path: join(local, 'Packages', 'MSTeams_8wekyb3d8bbwe', 'LocalCache', 'Microsoft', 'MSTeams', 'Logs') }
    ]
  }
  if (platform === 'darwin') {
    return [
      { app: 'logitech-sync', path: '/Library/Application Support/Logitech/LogiSync/Logs' },
      { app: 'logi-tune', path: join(home, 'Library', 'Application Support', 'logitune', 'logs') },
      { app: 'zoom-rooms', path: join(home, 'Library', 'Logs', 'ZoomRooms') },
      { app: 'zoom', path: join(home, 'Library', 'Logs', 'zoom.us') },
      {
        app: 'teams',
        path: join(home, 'Library', 'Group Containers', 'UBF8T346G9.com.microsoft.teams', 'Library', 'Application Support', 'Logs')
      }
    ]
  }
  return [
    { app: 'logi-tune', path: join(env.XDG_CONFIG_HOME || join(home, '.config'), 'logitune', 'logs') },
    { app: 'zoom', path: join(home, '.zoom', 'logs') },
    { app: 'teams', path: join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Microsoft', 'Microsoft Teams', 'logs') }
  ]
}

export function vendorLogsCollector(
  folders: (ctx: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv }) => VendorFolder[] = (c) => knownVendorFolders(c.platform, c.env)
): Collector {
  return {
    id: 'vendor-logs',
    title: 'Logitech and meeting-app logs',
    explanation: 'Logs of Logitech Sync, Logi Tune, Zoom Rooms and Microsoft Teams Rooms from their usual folders.',
    timeoutMs: 60_000,
    availableOn: () => true,
    async collect(ctx) {
      const sources: Source[] = []
      const omitted: OmittedItem[] = []
      const found: string[] = []
      for (const f of folders(ctx)) {
        const files = await listFiles(f.path, LOG_NAME).catch(() => null)
        if (!files) continue
        found.push(f.app)
        const r = logSources(files, 'vendor-logs', `logs/${f.app}`, ctx.since)
        sources.push(...r.sources)
        omitted.push(...r.omitted)
      }
      if (found.length === 0) return skipped('none of the known Logitech or meeting-app log folders exist on this machine')
      return ok(sources, omitted, `found: ${[...new Set(found)].join(', ')}`)
    }
  }
}
