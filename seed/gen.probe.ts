import { generateActivity } from './src/activity.generator.js';
import { generateOutreachEvents } from './src/outreach.generator.js';
import { Random } from './src/random.js';
const n = Number(process.argv[2] ?? 1_000_000);
const t0 = performance.now();
const outreach = generateOutreachEvents(new Random(20180401).fork('outreach'));
let rows = 0, bytes = 0;
for (const s of generateActivity({ referrals: n, seed: 20180401, pseudonymKey: 'k'.repeat(40), outreach }, 250)) {
  for (const t of ['person','referral','referral_status_event','attendance','outcome_measurement'] as const) { rows += s[t].length; bytes += s[t].join('').length; }
}
console.log(n, rows, bytes, ((performance.now()-t0)/1000).toFixed(1)+'s', Math.round(process.memoryUsage().rss/2**20)+'MB');
