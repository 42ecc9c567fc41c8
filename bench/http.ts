// HTTP benchmark of a running server: latency of the public quarter page (served from the
// ISR cache), its CSV, the public home and the health check. Usage:
//   npm start            (in another terminal)
//   npm run bench:http -- http://localhost:3000 200
// Sends requests to the given origin only (keep it on this machine), one at a time, a fixed
// number of times, and prints percentiles. It asserts nothing: numbers are for comparison.
const target = process.argv[2] ?? "http://localhost:3000";
const count = Math.min(Number(process.argv[3] ?? 200), 5000);
const paths = ["/quarters/2021-22-q3", "/quarters/2021-22-q3/data.csv", "/", "/api/health"];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run() {
  for (const path of paths) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const res = await fetch(target + path);
      await res.arrayBuffer();
      times.push(performance.now() - start);
      if (i === 0 && !res.ok) throw new Error(`${path} answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${path.padEnd(34)} n=${count}  p50=${percentile(times, 50).toFixed(1)}ms  p95=${percentile(times, 95).toFixed(1)}ms  max=${times.at(-1)!.toFixed(1)}ms`,
    );
  }
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
