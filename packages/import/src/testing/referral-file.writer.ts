import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { NhsNumberSequence } from '@hub/seed';

const PROGRAMMES = ['ltc-exercise-rehab', 'weight-management', 'stop-smoking', 'talking-therapies', 'tai-chi', 'swimming'];
const WARDS = ['BISC', 'DALL', 'SAIN', 'HIGH', 'STOP', 'LEAG', 'FARL', 'NORT'];

export interface ReferralFileOptions {
  /** Identifiers are `<prefix>-<n>`. */
  prefix: string;
  nhsOffset?: number;
  /** The first three digits of the NHS numbers: 999 (test numbers) unless the people must be new to a large synthetic town, which uses most of that range. */
  nhsArea?: string;
  /** Received over the first `months` months of 2024: 12 for a year's file, 1 for one month's feed. */
  months?: number;
}

/** A referrals file of any size for the crash spec and the bench, written as it goes: every row valid, each a different person. */
export async function writeReferralsCsv(path: string, rows: number, options: ReferralFileOptions): Promise<void> {
  const { prefix, nhsOffset = 424_242, nhsArea = '999', months = 12 } = options;
  const out = createWriteStream(path);
  const numbers = new NhsNumberSequence(nhsOffset, nhsArea);
  out.write('referral_id,programme,nhs_number,birth_year,sex,ethnic_category,ward,source,received_on,status,assessed_on,started_on,ended_on,conditions\n');
  for (let i = 0; i < rows; i++) {
    const month = String((i % months) + 1).padStart(2, '0');
    const line = `${prefix}-${i},${PROGRAMMES[i % PROGRAMMES.length]},${numbers.next()},${1940 + (i % 60)},${i % 2 ? 'male' : 'female'},${'AJHNK'[i % 5]},${WARDS[i % WARDS.length]},gp,2024-${month}-02,completed,2024-${month}-09,2024-${month}-16,2024-${month}-27,\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
