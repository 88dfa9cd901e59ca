// Runtime validation at the boundary: anything crossing from the UI into the core (and back) is
// parsed against the contract; a failure is a clear, typed error rather than undefined behaviour.
import { z } from 'zod'
import { calls, events, type CallName, type EventName } from './calls'

export class ContractError extends Error {
  constructor(
    readonly kind: 'unknown-call' | 'invalid-input' | 'invalid-output' | 'invalid-event',
    message: string
  ) {
    super(message)
    this.name = 'ContractError'
  }
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name)
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ')
}

export const unknownCall = (name: unknown): ContractError => new ContractError('unknown-call', `unknown call: ${String(name).slice(0, 80)}`)

export function parseCallInput(name: unknown, input: unknown): { name: CallName; input: unknown } {
  if (!isCallName(name)) throw unknownCall(name)
  const result = calls[name].input.safeParse(input)
  if (!result.success) throw new ContractError('invalid-input', `invalid input for ${name}: ${describe(result.error)}`)
  return { name, input: result.data }
}

export function parseCallOutput(name: CallName, output: unknown): unknown {
  const result = calls[name].output.safeParse(output)
  if (!result.success) throw new ContractError('invalid-output', `invalid output from ${name}: ${describe(result.error)}`)
  return result.data
}

export function parseEvent(name: EventName, payload: unknown): unknown {
  const result = events[name].safeParse(payload)
  if (!result.success) throw new ContractError('invalid-event', `invalid event ${name}: ${describe(result.error)}`)
  return result.data
}
