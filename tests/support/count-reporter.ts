import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints `N passed, N failed[, N skipped]` alone as the very last line, which is what CI reads.
 * A test file that fails to load counts as one failure, so a broken import can never look green.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of modules) {
      let tests = 0
      for (const test of module.children.allTests()) {
        tests++
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      if (module.state() === 'failed' && tests === 0) failed++
      else if (module.errors().length > 0 && tests > 0 && ![...module.children.allTests()].some((t) => t.result().state === 'failed')) failed++
    }
    failed += errors.length
    const tail = skipped ? `, ${skipped} skipped` : ''
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`)
  }
}
