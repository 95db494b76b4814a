import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { NhsNumberSequence } from '@hub/seed';

const PROGRAMMES = ['ltc-exercise-rehab', 'weight-management', 'stop-smoking', 'talking-therapies', 'tai-chi', 'swimming'];
const WARDS = ['BISC', 'DALL', 'SAIN', 'HIGH', 'STOP', 'LEAG', 'FARL', 'NORT'];

/**
 * A referrals file of any size for the crash spec and the bench, written as it goes: every row
 * valid, each a different person, identifiers `<prefix>-<n>`.
 */
export async function writeReferralsCsv(path: string, rows: number, prefix: string, nhsOffset = 424_242): Promise<void> {
  const out = createWriteStream(path);
  const numbers = new NhsNumberSequence(nhsOffset);
  out.write('referral_id,programme,nhs_number,birth_year,sex,ethnic_category,ward,source,received_on,status,assessed_on,started_on,ended_on,conditions\n');
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const line = `${prefix}-${i},${PROGRAMMES[i % PROGRAMMES.length]},${numbers.next()},${1940 + (i % 60)},${i % 2 ? 'male' : 'female'},${'AJHNK'[i % 5]},${WARDS[i % WARDS.length]},gp,2024-${month}-02,completed,2024-${month}-09,2024-${month}-16,2024-${month}-27,\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
