// Sharding over a matrix: `shard: i/n` runs a deterministic share of the cases, chosen by a hash
// of each case's name, so adding a case never moves the others to another shard. Pure.
import { createHash } from 'node:crypto';
import { quoteValue as show } from '../inputs/fields.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `i/n` → a Shard; a message naming the problem otherwise. */
export function parseShard(raw: string): Shard | string {
  const m = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(raw.trim());
  if (!m) return `${show(raw)} is not i/n`;
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > 1000) return `${count} shards is outside 1–1000`;
  if (index < 1 || index > count) return `shard ${index} is outside 1–${count}`;
  return { index, count };
}

/** Which shard (1-based) a case belongs to, out of `count`. */
export function shardOf(name: string, count: number): number {
  const h = createHash('sha256').update(name).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard<T extends { readonly name: string }>(cases: readonly T[], shard: Shard): T[] {
  return cases.filter((c) => shardOf(c.name, shard.count) === shard.index);
}
