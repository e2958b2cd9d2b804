export declare const ROOT: string;

export interface RunOptions {
  /** Inputs by the names action.yml declares; the others get their defaults. */
  inputs: Record<string, string>;
  /** Files to create in the workspace, path → content. */
  files?: Record<string, string | Uint8Array>;
  /** Use this workspace instead of a fresh temporary one. */
  workspace?: string;
  /** Extra process environment (RUNNER_DEBUG, HTTPS_PROXY, GITHUB_EVENT_PATH…). */
  env?: Record<string, string>;
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
  elapsedMs: number;
  /** The process id the action ran as. */
  pid: number;
  /** True when `stopWhen` matched and the action was killed (code is then null). */
  stopped: boolean;
  /** Peak resident set size in KiB (VmHWM), when sampled. */
  peakRssKiB?: number;
}

export declare function runtime(): string;
/** The inputs action.yml declares, by name, with the value the runner gives when unset. */
export declare function actionInputs(): Record<string, string>;
export declare function runAction(options: RunOptions): Promise<ActionRun>;
export declare function parseCommandFile(text: string): Record<string, string>;
