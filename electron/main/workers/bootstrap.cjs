// Development, tests, the CLI and the benches run main from TypeScript, where no bundled
// <name>-worker.js exists: register tsx in this worker thread, then load the TypeScript worker
// named by the first argument (relative to electron/main; see worker-script.ts).
const { resolve } = require('node:path')
process.env.TSX_TSCONFIG_PATH ??= resolve(__dirname, '../../../tsconfig.json')
require('tsx/cjs/api').register()
require(resolve(__dirname, '..', process.argv[2]))
