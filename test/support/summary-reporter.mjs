import {writeFileSync} from 'node:fs';

/**
 * Counts every test of the run, in every browser, and writes the totals to
 * `.wtr-summary.json` so that CI can print one line for the whole run.
 */
export function summaryReporter() {
  return {
    onTestRunFinished({sessions, testCoverage}) {
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        const counts = {passed: 0, failed: 0};
        if (session.testResults) countSuite(session.testResults, counts);
        passed += counts.passed;
        failed += counts.failed;
        // A file that fails to load or errors outside a test has failed even
        // when none of its tests did.
        if (!session.passed && counts.failed === 0) failed += 1;
      }
      // A coverage floor that is not met fails the run like a test.
      if (testCoverage && !testCoverage.passed) failed += 1;
      writeFileSync('.wtr-summary.json', JSON.stringify({passed, failed}));
    },
  };
}

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}
