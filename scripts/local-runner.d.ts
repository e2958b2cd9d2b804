export declare const ROOT: string;

/** The repository's actions: create (action.yml), eval (eval/action.yml) and merge (eval/merge/action.yml). */
export type ActionName = 'create' | 'eval' | 'merge';
/** Each action's action.yml, by name. */
export declare const ACTIONS: Readonly<Record<ActionName, string>>;

export interface RunOptions {
  /** Which action to run; default 'create'. Its action.yml gives the inputs and runs.main. */
  action?: ActionName;
  /** Inputs by the names that action.yml declares; the others get their defaults. */
  inputs: Record<string, string>;
  /** Files to create in the workspace, path → content. */
  files?: Record<string, string | Uint8Array>;
  /** Use this workspace instead of a fresh temporary one. */
  workspace?: string;
  /** The job's RUNNER_TEMP, for steps of one job that share it; default a fresh one per run. */
  runnerTemp?: string;
  /** Extra process environment (RUNNER_DEBUG, HTTPS_PROXY, GITHUB_REPOSITORY, GITHUB_API_URL…); it wins over the defaults. */
  env?: Record<string, string>;
  /** The triggering event: its payload is written to a file named by GITHUB_EVENT_PATH, its name is GITHUB_EVENT_NAME. */
  event?: { name: string; payload?: unknown };
  /** The node binary; default Node 24 when available. */
  node?: string;
  timeoutMs?: number;
  /** Kill the action (SIGKILL) as soon as its stdout matches; `stopped` then says so. */
  stopWhen?: RegExp;
  /** Sample the child's peak resident memory (VmHWM in /proc) every few ms. Linux only. */
  sampleMemory?: boolean;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  workspace: string;
  /** The run's RUNNER_TEMP directory (the eval action's report files land here by default). */
  runnerTemp: string;
  elapsedMs: number;
  /** The process id the action ran as. */
  pid: number;
  /** True when `stopWhen` matched and the action was killed (code is then null). */
  stopped: boolean;
  /** Peak resident set size in KiB (VmHWM), when sampled. */
  peakRssKiB?: number;
}

export declare function runtime(): string;
/** The inputs an action.yml declares (default: the create action's), by name, with the value the runner gives when unset. */
export declare function actionInputs(action?: ActionName): Record<string, string>;
/** The absolute path of the file the runner runs for an action (its runs.main). */
export declare function actionMain(action?: ActionName): string;
export declare function runAction(options: RunOptions): Promise<ActionRun>;
export declare function parseCommandFile(text: string): Record<string, string>;
