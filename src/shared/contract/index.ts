export * from './device'
export * from './calls'
export * from './channel-names'
export * from './validate'
