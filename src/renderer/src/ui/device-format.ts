// The device words live in src/shared/room so the CLI text and the screen share them.
export * from '../../../shared/room/device-format'
