// @ts-check
// Where a run's CPU time went, from a V8 .cpuprofile (node --cpu-prof): self time per function,
// largest first. For `npm run bench -- --profile`, to say what holds a missed target back. Pure
// but for reading the file.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, hitCount?: number }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} CpuProfile
 */

/**
 * The `top` functions by self time, as "12.3 ms  40%  name (file:line)" lines.
 * @param {string} file a .cpuprofile
 * @param {number} [top]
 */
export async function selfTimes(file, top = 12) {
  /** @type {CpuProfile} */
  const profile = JSON.parse(await readFile(file, 'utf8'));
  /** @type {Map<number, string>} */
  const names = new Map();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber } = n.callFrame;
    names.set(n.id, `${functionName || '(anonymous)'}${url ? ` (${basename(url)}:${lineNumber + 1})` : ''}`);
  }
  /** @type {Map<string, number>} */
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const name = names.get(id) ?? '?';
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(0).padStart(3)}%  ${name}`);
}
