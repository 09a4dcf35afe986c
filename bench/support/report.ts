/** One figure of a benchmark, printed as a JSON line for scripts/bench.mjs to tabulate. */
export function report(bench: string, figure: string, value: number, unit: string, target: string, ok: boolean): void {
  console.log(JSON.stringify({ bench, figure, value: Number(value.toFixed(value < 10 ? 2 : 1)), unit, target, ok }));
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
