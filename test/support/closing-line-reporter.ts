import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads in any language — `tests: N passed, N failed` — after
 * vitest's own summary, so a run is never mistaken for one that ran no test. A test that did not
 * run because its file failed around it (a `beforeAll` that threw, an import that failed) counts
 * as failed, not skipped: the suite has no skipped tests, so such a run must not read as clean.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      const fileFailed = mod.state() === 'failed';
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || fileFailed) failed++;
        else skipped++;
      }
      if (fileFailed && [...mod.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(
      `\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
