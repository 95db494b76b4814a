import { readFileSync, readdirSync } from 'node:fs';
import { startTestDatabase } from '@hub/db/testing';
import { seedDatabase } from './src/seed.service.js';
const n = Number(process.argv[2] ?? 200_000);
const procs = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d));
const read = (pid: string, f: string) => { try { return readFileSync(`/proc/${pid}/${f}`, 'utf8'); } catch { return ''; } };
const db = await startTestDatabase('probe');
const port = new URL(db.url).port;
const pm = procs().find((pid) => read(pid, 'cmdline').includes(`-p\0${port}`))!;
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of procs()) {
    const stat = read(pid, 'stat').split(') ')[1]?.split(' ');
    if (!stat) continue;
    if (pid === pm) ticks += +stat[11] + +stat[12] + +stat[13] + +stat[14];
    else if (stat[1] === pm) ticks += +stat[11] + +stat[12];
  }
  return ticks / 100;
}
let peak = 0; const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
const pg0 = postgresCpu(); const c0 = process.cpuUsage(); const t0 = performance.now();
const s = await seedDatabase(db.url, { referrals: n, onProgress: () => {} });
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ n, wall: ((performance.now() - t0) / 1000).toFixed(1), load: s.seconds, rollups: s.rollupSeconds, nodeCpu: ((c.user + c.system) / 1e6).toFixed(1), pgCpu: (postgresCpu() - pg0).toFixed(1), peakRssMB: Math.round(peak / 2 ** 20), counts: s.counts }));
clearInterval(timer);
await db.stop();
