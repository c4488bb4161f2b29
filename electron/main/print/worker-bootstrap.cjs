// Development and tests run main from TypeScript, where no bundled print-worker.js exists:
// register tsx in this worker thread, then load the TypeScript worker.
const { resolve } = require('node:path')
process.env.TSX_TSCONFIG_PATH ??= resolve(__dirname, '../../../tsconfig.json')
require('tsx/cjs/api').register()
require('./worker.ts')
