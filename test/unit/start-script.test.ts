// scripts/start.sh: skip `npm ci` and the build when nothing changed, and a plain message when
// the Electron download fails offline.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script without type declarations
import { mark, needsBuild, needsInstall } from '../../scripts/up-to-date.mjs'

const ROOT = join(__dirname, '..', '..')

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'start-'))
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}')
  mkdirSync(join(dir, 'node_modules'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(join(dir, 'src', 'a.ts'), 'export {}')
  return dir
}

describe('start.sh up-to-date checks', () => {
  it('runs npm ci again only when package-lock.json changed', () => {
    const dir = project()
    expect(needsInstall(dir)).toBe(true)
    mark(dir, 'install')
    expect(needsInstall(dir)).toBe(false)
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}')
    expect(needsInstall(dir)).toBe(true)
  })

  it('builds again only when a source is newer than the last build', () => {
    const dir = project()
    expect(needsBuild(dir)).toBe(true)
    mkdirSync(join(dir, 'out'))
    mark(dir, 'build')
    const past = new Date(Date.now() - 60_000)
    utimesSync(join(dir, 'src', 'a.ts'), past, past)
    utimesSync(join(dir, 'src'), past, past)
    utimesSync(join(dir, 'package-lock.json'), past, past)
    expect(needsBuild(dir)).toBe(false)
    const future = new Date(Date.now() + 60_000)
    utimesSync(join(dir, 'src', 'a.ts'), future, future)
    expect(needsBuild(dir)).toBe(true)
  })
})

describe('Electron download without network', () => {
  it('says what failed and that --web works without Electron, with no stack trace', () => {
    const dir = project()
    mkdirSync(join(dir, 'node_modules', 'electron'))
    // What electron's install.js does offline: fetch() rejects and the script dies with the stack.
    writeFileSync(
      join(dir, 'node_modules', 'electron', 'install.js'),
      "fetch('https://127.0.0.1:9/electron.zip').catch((e) => { console.error(e); process.exit(1) })\n"
    )
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fetch-electron.mjs')], { cwd: dir, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('Could not download the Electron runtime')
    expect(r.stderr).toContain('reason: TypeError: fetch failed')
    expect(r.stderr).toContain('The web UI works without Electron: bash scripts/start.sh --web')
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })
})
