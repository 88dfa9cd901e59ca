import { InvalidArgumentError, type Command } from 'commander'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The built renderer sits next to the built CLI: out/cli/../renderer. */
export function defaultRendererDir(): string {
  return process.env.LOGI_DIAG_RENDERER_DIR ?? resolve(__dirname, '..', 'renderer')
}

/** The port `serve` listens on unless --port says otherwise. */
export const DEFAULT_PORT = 8765

function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65535)
    throw new InvalidArgumentError(`expected a number from 0 to 65535, got "${value}"`)
  return n
}

/** Why the server could not listen, and what to do instead. */
export function listenErrorMessage(port: number, code: string | undefined, err: unknown): string {
  if (code === 'EADDRINUSE') return `port ${port} is already in use; choose another with --port`
  if (code === 'EACCES' || code === 'EPERM') {
    return `this user may not listen on port ${port}: ports below 1024 need administrator rights. Choose a port from 1024 up with --port (the default is ${DEFAULT_PORT}), and never run this tool as root just for a port number.`
  }
  return err instanceof Error ? err.message : String(err)
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the app UI on 127.0.0.1 only (for remote sessions over an SSH tunnel)')
    // The default is written into the description, not handed to commander, which would add it
    // as "(default: 8765)" where every other option says "(default …)".
    .option(
      '--port <n>',
      `port to listen on, from 1024 up without administrator rights; 0 picks a free one (default ${DEFAULT_PORT})`,
      parsePort
    )
    .action(async (opts: { port?: number }) => {
      const port = opts.port ?? DEFAULT_PORT
      const rendererDir = defaultRendererDir()
      if (!existsSync(join(rendererDir, 'index.html')))
        throw new Error(`the UI is not built (${rendererDir}/index.html missing); run "npm run build" first`)
      // Loaded on use: the web server and its asset handling are no part of detect's cold start.
      const [{ createCore }, { newToken }, { startWebServer }] = await Promise.all([
        import('../../core/core'),
        import('../../web/guard'),
        import('../../web/server')
      ])
      const core = createCore({ shell: 'web' })
      await core.start()
      let running
      try {
        running = await startWebServer({ core, rendererDir, token: newToken(), port })
      } catch (err) {
        core.stop()
        const code = (err as NodeJS.ErrnoException).code
        throw new Error(listenErrorMessage(port, code, err))
      }
      // Handlers go in before the URL is printed: whoever reads it may signal at once.
      const stopped = new Promise<void>((done) => {
        const stop = (): void => {
          core.stop()
          void running.close().then(done)
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      process.stdout.write(`Logi Room Diagnostics is serving on ${running.url}\n`)
      process.stdout.write('Open that address in a browser on this computer (or through an SSH tunnel). Press Ctrl+C to stop.\n')
      await stopped
    })
}
