// The end-to-end tests run the committed bundle (dist/), not src/: after a src/ edit without
// `npm run bundle` they would pass or fail on the old code. Each of their files stops here at once
// instead, saying so (dist/sources.sha256 is what the bundle was built from; see
// scripts/sources-digest.js). The other tiers run the sources and are not held up.
import { assertFreshDist } from '../../scripts/sources-digest.js';

const testPath = expect.getState().testPath ?? '';
if (/[\\/]__tests__[\\/]e2e[\\/]/.test(testPath)) assertFreshDist();
