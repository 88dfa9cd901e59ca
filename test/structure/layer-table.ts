// Which folder of src/ may import which: the one place the app's layering is written down.
// test/structure/layers.test.ts walks every import in src/ (static, `export … from`, dynamic
// `import()`, `require`) and fails on any arrow not listed here, on a folder with no row, on
// `electron` outside the two shells that may load it, on Node built-ins in browser code, and on a
// runtime import cycle between folders. New code goes into a folder that has a row; a new folder
// needs a row of its own.
//
// A file belongs to the row whose folder is the longest prefix of its path (so
// `main/devices/catalog` is its own row inside `main/devices`). Imports within a row are free.
// Colocated tests (`*.test.ts`, `*.test.tsx`) are not shipped and may wire rows together; they are
// not checked.
//
// Listed bottom-up: a row may only name rows listed before it, so the table itself cannot allow a
// cycle (the test checks the order too). As a picture:
//
//   shells        main/electron   main/cli   main/web        preload      renderer
//   core          main/core
//   capabilities  main/bundle  main/tickets  main/health  main/room
//                 main/firmware  main/privacy  main/text-report  main/app-log
//   discovery     main/devices
//   data / io     main/devices/catalog  main/usb-io  main/app-paths  main/app-version  main/renderer-assets
//   contract      shared

export interface LayerRow {
  /** Folder under src/, e.g. `main/devices`. */
  folder: string
  /** What lives there, in a few words (the folder's README, where it has one, says the rest). */
  holds: string
  /** Rows this one may import, besides itself. */
  may: readonly string[]
  /** May import the `electron` package (only the Electron shell and the sandboxed preload). */
  electron?: true
  /** Browser or sandbox code: no Node built-ins (`node:fs`, `path`, …). */
  noNode?: true
}

export const LAYERS: readonly LayerRow[] = [
  // ── contract: pure TypeScript that runs anywhere ─────────────────────────────────────────────
  { folder: 'shared', holds: 'the contract (zod), wording, room model, plain-text reports', may: [], noNode: true },

  // ── data and device I/O: the bottom of the main process ──────────────────────────────────────
  { folder: 'main/devices/catalog', holds: 'device knowledge as data, one folder per product family', may: ['shared'] },
  { folder: 'main/usb-io', holds: 'guarded device I/O, the allow-list, native binding loading', may: ['shared'] },
  { folder: 'main/app-paths', holds: 'where the app keeps its state and saves bundles', may: ['shared'] },
  { folder: 'main/app-version', holds: 'the product name and build version', may: ['shared'] },
  { folder: 'main/renderer-assets', holds: 'CSP and the safe asset resolver for app:// and web mode', may: ['shared'] },

  // ── discovery: what is plugged in ────────────────────────────────────────────────────────────
  {
    folder: 'main/devices',
    holds: 'sources, identification, grouping, access checks, udev rule',
    may: ['main/devices/catalog', 'main/usb-io', 'shared']
  },

  // ── capabilities: plain Node, usable by every shell ──────────────────────────────────────────
  {
    folder: 'main/firmware',
    holds: 'read-only firmware channels over usb-io',
    may: ['main/devices', 'main/devices/catalog', 'main/usb-io', 'shared']
  },
  {
    folder: 'main/room',
    holds: 'discovery + firmware in two stages, hotplug watcher',
    may: ['main/firmware', 'main/devices', 'main/devices/catalog', 'main/usb-io', 'shared']
  },
  { folder: 'main/health', holds: 'health checks and the topology data', may: ['main/devices', 'main/devices/catalog', 'shared'] },
  { folder: 'main/privacy', holds: 'the redaction engine', may: ['shared'] },
  { folder: 'main/text-report', holds: 'the room and health as terminal / bundle text', may: ['shared'] },
  { folder: 'main/app-log', holds: "the app's own rotating log", may: ['main/app-paths', 'shared'] },
  {
    folder: 'main/bundle',
    holds: 'diagnostic bundles: collectors, filter, review, zip',
    may: ['main/health', 'main/devices', 'main/privacy', 'main/text-report', 'main/app-log', 'main/app-paths', 'main/app-version', 'shared']
  },
  {
    folder: 'main/tickets',
    holds: 'ticket routing, Zendesk filing, outbox, export',
    may: ['main/devices/catalog', 'main/app-paths', 'main/app-version', 'shared']
  },

  // ── core: implements every contract call on top of the capabilities ──────────────────────────
  {
    folder: 'main/core',
    holds: 'the core object behind every contract call',
    may: [
      'main/bundle',
      'main/tickets',
      'main/room',
      'main/health',
      'main/devices',
      'main/app-log',
      'main/app-paths',
      'main/app-version',
      'shared'
    ]
  },

  // ── shells: the ways in ──────────────────────────────────────────────────────────────────────
  { folder: 'main/web', holds: 'loopback web shell: HTTP + SSE, guard', may: ['main/core', 'main/renderer-assets', 'shared'] },
  {
    folder: 'main/cli',
    holds: 'logi-diag, one file per command',
    may: [
      'main/web',
      'main/core',
      'main/bundle',
      'main/tickets',
      'main/room',
      'main/health',
      'main/devices',
      'main/privacy',
      'main/text-report',
      'main/app-log',
      'main/app-version',
      'shared'
    ]
  },
  {
    folder: 'main/electron',
    holds: 'the Electron shell',
    may: ['main/core', 'main/tickets', 'main/renderer-assets', 'main/app-paths', 'shared'],
    electron: true
  },
  { folder: 'preload', holds: 'sandboxed preload: one method per contract call', may: ['shared'], electron: true, noNode: true },

  // ── renderer: reaches the core only through the contract in src/shared; features sit on ui/,
  // the app shell on the features (src/renderer/README.md, "Folders and which may import which")
  { folder: 'renderer/src/transport', holds: 'the IPC and web transports, call errors', may: ['shared'], noNode: true },
  { folder: 'renderer/src/icons', holds: 'SVG icons', may: ['shared'], noNode: true },
  {
    folder: 'renderer/src/clipboard',
    holds: 'copy button and the manual-copy dialog',
    may: ['shared', 'renderer/src/icons'],
    noNode: true
  },
  {
    folder: 'renderer/src/live',
    holds: 'link state, live indicator, hotplug toasts',
    may: ['shared', 'renderer/src/icons', 'renderer/src/transport'],
    noNode: true
  },
  {
    folder: 'renderer/src/ui',
    holds: 'what more than one screen uses',
    may: ['shared', 'renderer/src/transport', 'renderer/src/icons', 'renderer/src/clipboard', 'renderer/src/live'],
    noNode: true
  },
  {
    folder: 'renderer/src/report',
    holds: 'Copy/Save report, window title',
    may: ['shared', 'renderer/src/ui', 'renderer/src/icons', 'renderer/src/transport', 'renderer/src/clipboard'],
    noNode: true
  },
  {
    folder: 'renderer/src/topology',
    holds: 'the USB picture',
    may: ['shared', 'renderer/src/ui', 'renderer/src/icons', 'renderer/src/transport'],
    noNode: true
  },
  {
    folder: 'renderer/src/room',
    holds: 'the Room screen',
    may: [
      'shared',
      'renderer/src/ui',
      'renderer/src/report',
      'renderer/src/transport',
      'renderer/src/icons',
      'renderer/src/clipboard',
      'renderer/src/live'
    ],
    noNode: true
  },
  {
    folder: 'renderer/src/health',
    holds: 'the Health screen',
    may: [
      'shared',
      'renderer/src/ui',
      'renderer/src/report',
      'renderer/src/topology',
      'renderer/src/transport',
      'renderer/src/icons',
      'renderer/src/clipboard',
      'renderer/src/live'
    ],
    noNode: true
  },
  {
    folder: 'renderer/src/collect',
    holds: 'the Collect screen',
    may: ['shared', 'renderer/src/ui', 'renderer/src/transport', 'renderer/src/icons', 'renderer/src/clipboard', 'renderer/src/live'],
    noNode: true
  },
  {
    folder: 'renderer/src/ticket',
    holds: 'the Ticket screen',
    may: ['shared', 'renderer/src/ui', 'renderer/src/transport', 'renderer/src/icons', 'renderer/src/clipboard', 'renderer/src/live'],
    noNode: true
  },
  {
    folder: 'renderer/src/review',
    holds: 'the Review screen',
    may: [
      'shared',
      'renderer/src/ui',
      'renderer/src/collect',
      'renderer/src/transport',
      'renderer/src/icons',
      'renderer/src/clipboard',
      'renderer/src/live'
    ],
    noNode: true
  },
  {
    folder: 'renderer/src/app',
    holds: 'the shell: sections, navigation, App',
    may: [
      'shared',
      'renderer/src/ui',
      'renderer/src/room',
      'renderer/src/health',
      'renderer/src/collect',
      'renderer/src/review',
      'renderer/src/ticket',
      'renderer/src/report',
      'renderer/src/topology',
      'renderer/src/transport',
      'renderer/src/icons',
      'renderer/src/clipboard',
      'renderer/src/live'
    ],
    noNode: true
  },
  {
    folder: 'renderer',
    holds: 'the entry (main.tsx): picks the transport, mounts App',
    may: ['shared', 'renderer/src/app', 'renderer/src/transport'],
    noNode: true
  }
]

/** Folders whose every sub-folder (and file) must belong to a more specific row: a new folder
 *  under one of these fails the test until it is placed in the table. `''` is src/ itself. */
export const CLOSED_FOLDERS: readonly string[] = ['', 'main', 'renderer/src']

/** Files that load a module by a computed name, which the checker cannot place in a row; each
 *  says why that module is not part of the app. Any other computed `import()`/`require()` fails. */
export const COMPUTED_IMPORTS: Readonly<Record<string, string>> = {
  'src/main/privacy/eval/kit.ts': "loads the external privacy evaluation kit's gen.mjs from the kit's own folder, outside the repository"
}
