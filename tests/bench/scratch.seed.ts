import { startTestDatabase } from '@hub/db/testing';
import { seedDatabase } from '@hub/seed';
const database = await startTestDatabase('hub_scratch');
await seedDatabase(database.url, { referrals: Number(process.env.N ?? 25000) });
console.log('URL ' + database.url);
setInterval(() => {}, 1 << 30);
