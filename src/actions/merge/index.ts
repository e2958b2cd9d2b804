// The runner runs this file: node dist/merge/index.js (eval/merge/action.yml).
import '../../runner/warnings.js';
import { run } from './run.js';

await run();
