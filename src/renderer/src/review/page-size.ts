/** Bytes of a file the viewer asks for at a time: small enough that a page of dense redactions
 *  stays quick to lay out. Its own file so tests can read it without the React code. */
export const PAGE_BYTES = 64 * 1024
