// Numbers as people read them in logs and reports. Pure.

/** 12345 → "12,345", without Intl: loading its locale data costs more than a whole report. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
