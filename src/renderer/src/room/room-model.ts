// The room model lives in src/shared/room so `logi-diag detect` prints what the screen shows.
export * from '../../../shared/room/room-model'
