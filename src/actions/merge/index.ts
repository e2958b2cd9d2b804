// The runner runs this file: node dist/merge/index.js (eval/merge/action.yml).
import { run } from './run.js';

await run();
