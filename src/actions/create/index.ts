// The runner runs this file: node dist/index.js.
import '../../runner/warnings.js';
import { run } from './run.js';

await run();
