// The runner runs this file: node dist/eval/index.js (eval/action.yml).
import '../../runner/warnings.js';
import { run } from './run.js';

await run();
