// The runner runs this file: node dist/index.js.
import { run } from './main.js';

await run();
