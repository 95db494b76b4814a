import { rowsOf, type ImportClient } from './sql.client.js';

/** A referral already in the hub, found by the service's own identifier, with the dates a row about it is checked against. */
export interface KnownReferral {
  id: number;
  programmeId: number;
  status: string;
  receivedOn: string;
  startedOn: string | null;
  endedOn: string | null;
}

export const referralKey = (serviceId: number, externalId: string): string => `${serviceId}\u0000${externalId}`;

/** The batch's referrals that exist, by service and identifier (referralKey). */
export async function knownReferrals(client: ImportClient, keys: readonly { serviceId: number; externalId: string }[]): Promise<Map<string, KnownReferral>> {
  const rows = await rowsOf<{
    id: number;
    service_id: number;
    external_id: string;
    programme_id: number;
    status: string;
    received_on: string;
    started_on: string | null;
    ended_on: string | null;
  }>(
    client,
    `select r.id::int, r.external_service_id as service_id, r.external_id, r.programme_id, r.status, r.received_on::text, r.started_on::text, r.ended_on::text
       from unnest($1::int[], $2::text[]) as k(service_id, external_id)
       join referral r on r.external_service_id = k.service_id and r.external_id = k.external_id`,
    [keys.map((key) => key.serviceId), keys.map((key) => key.externalId)],
  );
  return new Map(
    rows.map((row) => [
      referralKey(row.service_id, row.external_id),
      { id: row.id, programmeId: row.programme_id, status: row.status, receivedOn: row.received_on, startedOn: row.started_on, endedOn: row.ended_on },
    ]),
  );
}

/** Why a row about a referral cannot be written: it is not in the hub, or outside the importer's programmes; null when it can. */
export function referralRefusal(
  referral: KnownReferral | undefined,
  externalId: string,
  serviceCode: string,
  allowedProgrammeIds: ReadonlySet<number> | null,
): string | null {
  if (!referral) return `referral_id: "${externalId}" is not a referral of ${serviceCode} in the hub; import the referral first`;
  if (allowedProgrammeIds && !allowedProgrammeIds.has(referral.programmeId)) {
    return `referral_id: "${externalId}" is in a programme outside the services and programmes your account manages`;
  }
  return null;
}
