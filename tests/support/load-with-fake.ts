import Module from 'node:module'

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown

/** Requires a built CommonJS bundle with `require('electron')` answered by `fake`. */
export function requireWithFakeElectron(file: string, fake: unknown): unknown {
  const mod = Module as unknown as { _load: Loader; _cache: Record<string, unknown> }
  const original = mod._load
  mod._load = function (request, parent, isMain) {
    if (request === 'electron') return fake
    return original.call(this, request, parent, isMain)
  }
  try {
    delete mod._cache[file]
    return Module.createRequire(__filename)(file)
  } finally {
    mod._load = original
  }
}
