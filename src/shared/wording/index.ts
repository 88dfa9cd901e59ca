// The app's one vocabulary: the UI, the CLI text and every copied or saved report use these words.
export * from './count'
export * from './link-speed'
export * from './firmware-state'
export * from './severity'
export * from './device-error'
export * from './system-label'
