import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './shared/security/csp'

const root = __dirname
const alias = { '@shared': resolve(root, 'shared') }

/** Writes the CSP into index.html: strict in builds, and only as loose as Vite's dev server needs in dev. */
function cspPlugin(): Plugin {
  let dev = false
  return {
    name: 'liangbiping-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', contentSecurityPolicy(dev))
    }
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/main'),
      // lowdb and steno are ESM-only while main is CommonJS, so they are bundled in.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/app/index.ts'),
          // Worker threads run as their own files next to index.js (see workers/worker-script.ts).
          'print-worker': resolve(root, 'electron/main/print/worker.ts'),
          'photo-worker': resolve(root, 'electron/main/photo/worker.ts'),
          'excel-worker': resolve(root, 'electron/main/excel/worker.ts'),
          // The command line (`npm run cli` runs it from source); its tests run this built copy.
          cli: resolve(root, 'electron/main/cli.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload may only require('electron'): everything else is bundled into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron']
      }
    }
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: { alias },
    plugins: [react(), cspPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') }
      }
    }
  }
})
