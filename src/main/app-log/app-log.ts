// The app's own log: JSON lines (pino) in the app's state folder, rotated logrotate-style at
// 5 MB into app.log.1.gz … app.log.5.gz. It records what the app does (collections, saves,
// failures) so a bundle can show support what happened; it goes through the privacy filter
// like every other log when it is collected.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type Logger } from 'pino'
import { createStream } from 'rotating-file-stream'
import { appDataDir } from '../app-paths/app-paths'

export const APP_LOG_NAME = 'app.log'

export function appLogDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(appDataDir(env), 'logs')
}

let logger: Logger | undefined

/** The process-wide logger, opened on first use. Logging must never break the app: a folder
 *  that cannot be created gives a silent logger. */
export function appLog(): Logger {
  if (logger) return logger
  try {
    const dir = appLogDir()
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const stream = createStream((_time, index) => (index ? `${APP_LOG_NAME}.${index}` : APP_LOG_NAME), {
      path: dir,
      size: '5M',
      rotate: 5,
      compress: 'gzip',
      mode: 0o600
    })
    stream.on('error', () => {
      // a full disk or a removed folder: keep running without the log
    })
    logger = pino({ base: { pid: process.pid } }, stream)
  } catch {
    logger = pino({ enabled: false })
  }
  return logger
}
