// Reports fs.accessSync results for the given device nodes, as {node: "ok" | errno code}.
'use strict'
const fs = require('fs')
const out = { uid: process.getuid(), access: {} }
for (const node of process.argv.slice(2)) {
  try {
    fs.accessSync(node, fs.constants.R_OK | fs.constants.W_OK)
    out.access[node] = 'ok'
  } catch (e) {
    out.access[node] = e.code
  }
}
process.stdout.write(JSON.stringify(out) + '\n')
