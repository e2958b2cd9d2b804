import { mcnemar, wilson } from '../../src/evaluation/statistics.js';

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

describe('wilson', () => {
  test('p̂ = 0.85, n = 20 → [0.64, 0.95] (eval.md, "Is a drop real?")', () => {
    const { low, high } = wilson(17, 20);
    expect([round(low), round(high)]).toEqual([0.64, 0.95]);
  });
  test('p̂ = 0.85: n = 100 → about ±7 points, n = 500 → about ±3', () => {
    const a = wilson(85, 100);
    expect(round((a.high - a.low) / 2, 3)).toBeCloseTo(0.07, 2);
    expect(a.low).toBeLessThan(0.85);
    expect(a.high).toBeGreaterThan(0.85);
    const b = wilson(425, 500);
    expect(Math.round(((b.high - b.low) / 2) * 100)).toBe(3);
  });
  test('all passed and none passed stay inside [0, 1] and are not zero-width', () => {
    expect(wilson(20, 20).high).toBe(1);
    expect(wilson(20, 20).low).toBeGreaterThan(0.8);
    expect(wilson(20, 20).low).toBeLessThan(1);
    expect(wilson(0, 20).low).toBe(0);
    expect(wilson(0, 20).high).toBeGreaterThan(0);
  });
  test('nothing ran: [0, 1]', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('mcnemar (one-sided: worse than before)', () => {
  test.each([
    // b, c, exact, mid-p: the worked figures of eval.md
    [5, 0, 0.031, 0.016],
    [6, 0, 0.016, undefined],
    [12, 3, 0.018, undefined],
    [10, 4, 0.09, undefined],
    [1, 0, 0.5, undefined]
  ])('b=%i, c=%i → exact %p', (b, c, exact, midP) => {
    const p = mcnemar(b, c);
    expect(round(p.exact, exact === 0.09 || exact === 0.5 ? 2 : 3)).toBe(exact);
    if (midP !== undefined) expect(round(p.midP, 3)).toBe(midP);
    expect(p.midP).toBeLessThan(p.exact);
  });
  test('exact values: b=5,c=0 is 1/32; b=12,c=3 is 576/32768; b=1,c=0 mid-p is 1/4', () => {
    expect(mcnemar(5, 0).exact).toBeCloseTo(1 / 32, 12);
    expect(mcnemar(12, 3).exact).toBeCloseTo(576 / 32768, 12);
    expect(mcnemar(1, 0).midP).toBeCloseTo(0.25, 12);
  });
  test('no case got worse: p = 1; large n neither overflows nor underflows', () => {
    expect(mcnemar(0, 0)).toEqual({ exact: 1, midP: 1 });
    expect(mcnemar(0, 7).exact).toBe(1);
    const big = mcnemar(2600, 2400);
    expect(big.exact).toBeGreaterThan(0.0002);
    expect(big.exact).toBeLessThan(0.003);
    expect(mcnemar(3000, 0).exact).toBe(0);
  });
});
