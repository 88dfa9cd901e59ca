// The CLI's documented exit codes and its behaviour on a closed pipe (README: 0 ok, 1 failure,
// 2 usage error, 3 health error — health is covered in health.test.ts).
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { CLI, contractSnapshot, requireBuiltCli } from './cli-under-room'

beforeAll(() => requireBuiltCli())

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })

describe('logi-diag exit codes', () => {
  it.each<[string, string[], number]>([
    ['--help', ['--help'], 0],
    ['--version', ['--version'], 0],
    ['no command (help shown)', [], 2],
    ['unknown command', ['frobnicate'], 2],
    ['unknown option', ['detect', '--frob'], 2],
    ['bad --port', ['serve', '--port', 'abc'], 2],
    ['missing file for redact', ['redact', '/nonexistent/file.log'], 1]
  ])('%s → %i', (_n, args, code) => {
    expect(run(args).status).toBe(code)
  })

  it('a reader that closes the pipe early is not an error and prints no stack trace', () => {
    const direct = spawnSync(
      '/bin/bash',
      ['-c', `"${process.execPath}" "${CLI}" udev-rule | head -c 1 >/dev/null; echo \${PIPESTATUS[0]}`],
      { encoding: 'utf8' }
    )
    expect(direct.stdout.trim()).toBe('0')
    expect(direct.stderr).not.toMatch(/EPIPE|Unhandled/)
  })
})

describe('the contract check on detect --json', () => {
  it('accepts a document the schema passes unchanged and rejects one with a field the schema would strip', () => {
    expect(contractSnapshot('{"devices":[],"systems":[]}')).toEqual({ devices: [], systems: [] })
    expect(() => contractSnapshot('{"devices":[],"systems":[],"internal":1}')).toThrow(/differs from what the contract allows/)
    expect(() => contractSnapshot('{"devices":[{"id":""}],"systems":[]}')).toThrow()
  })
})
