import { serveRequests } from '../workers/serve-requests'
import { makePortrait } from './portrait'

/*
 * The photo worker: checks, decodes, turns and shrinks a chosen photo off Electron's main thread
 * (a 12 MP JPEG keeps a JS thread busy for over a second). Built as out/main/photo-worker.js;
 * loaded through workers/bootstrap.cjs when running from TypeScript.
 */

serveRequests<Uint8Array, Uint8Array>(makePortrait)
