import { performance } from 'node:perf_hooks';

export type Measurement = { name: string; medianMs: number; p95Ms: number; runs: number };

/**
 * Median wall time of `run` over `runs` repetitions after a warm-up, so a single GC pause or JIT
 * step does not decide the figure. Benchmarks report; they never fail the build.
 */
export function measure(name: string, run: () => unknown, runs = 60): Measurement {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
    runs,
  };
}

/** Prints ours against the alternatives, with how many times slower each alternative is. */
export function reportComparison(title: string, ours: Measurement, others: Measurement[]): void {
  console.log(`\n${title}`);
  const rows = [ours, ...others].map((m) => ({
    implementation: m.name,
    'median ms': m.medianMs.toFixed(3),
    'p95 ms': m.p95Ms.toFixed(3),
    'vs ours': m === ours ? '1.00×' : `${(m.medianMs / ours.medianMs).toFixed(2)}×`,
  }));
  console.table(rows);
}
