// The part kinds' names and order live with the room model in src/shared/room, so the CLI text
// names parts exactly as the screen does.
export * from '../../../shared/room/part-kinds'
