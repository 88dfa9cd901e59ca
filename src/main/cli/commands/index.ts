import type { Command } from 'commander'
import { registerDetect } from './detect'
import { registerServe } from './serve'

// Each command lives in its own file and registers itself here.
export function registerCommands(program: Command): void {
  registerDetect(program)
  registerServe(program)
}
