import type { Command } from 'commander'
import { registerDetect } from './detect'
import { registerServe } from './serve'
import { registerHealth } from './health'
import { registerUdevRule } from './udev-rule'
import { registerRedact } from './redact'
import { registerTicket } from './ticket'
import { registerCollect } from './collect'
import { registerBundle } from './bundle'

// Each command lives in its own file and registers itself here.
export function registerCommands(program: Command): void {
  registerDetect(program)
  registerHealth(program)
  registerServe(program)
  registerUdevRule(program)
  registerRedact(program)
  registerTicket(program)
  registerCollect(program)
  registerBundle(program)
}
