// Test-side helpers over scripts/local-runner.js (which the demo shares).
import type { ActionRun } from '../../scripts/local-runner.js';

export { actionInputs, runAction, parseCommandFile, type ActionRun, type RunOptions } from '../../scripts/local-runner.js';

/** Lines of stdout/stderr that show `secret` before its `::add-mask::` line (stderr: any). */
export function leaksBeforeMask(run: Pick<ActionRun, 'stdout' | 'stderr'>, secret: string): string[] {
  const lines = run.stdout.split('\n');
  const maskAt = lines.indexOf(`::add-mask::${secret}`);
  const before = maskAt < 0 ? lines : lines.slice(0, maskAt);
  return [...before.filter((l) => l.includes(secret)), ...run.stderr.split('\n').filter((l) => l.includes(secret))];
}
