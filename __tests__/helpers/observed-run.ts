// The fault tests' names for scripts/local-runner.js, which also stops a run on a log line and
// samples its peak memory (options stopWhen, sampleMemory).
export { actionInputs, runAction as runActionObserved } from '../../scripts/local-runner.js';
export type { ActionRun as ObservedRun, RunOptions as ObserveOptions } from '../../scripts/local-runner.js';
