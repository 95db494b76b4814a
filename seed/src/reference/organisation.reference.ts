/**
 * Who commissions and who provides the integrated service (seeds/total-wellbeing-luton.txt):
 * the council's public-health team and the CCG commission; Active Luton and Turning Point run
 * the front door and lifestyle services; ELFT runs talking therapies and the falls service.
 */
export interface OrganisationReference {
  id: number;
  code: string;
  name: string;
  kind: 'commissioner' | 'provider';
}

export const organisations: readonly OrganisationReference[] = [
  { id: 1, code: 'lbc-public-health', name: 'Luton Borough Council Public Health', kind: 'commissioner' },
  { id: 2, code: 'luton-ccg', name: 'NHS Luton Clinical Commissioning Group', kind: 'commissioner' },
  { id: 3, code: 'active-luton', name: 'Active Luton', kind: 'provider' },
  { id: 4, code: 'turning-point', name: 'Turning Point', kind: 'provider' },
  { id: 5, code: 'elft', name: 'East London NHS Foundation Trust', kind: 'provider' },
];

export const organisationId = (code: string): number => {
  const found = organisations.find((organisation) => organisation.code === code);
  if (!found) throw new Error(`Unknown organisation ${code}`);
  return found.id;
};

export interface ContractReference {
  id: number;
  code: string;
  title: string;
  commissionerCode: string;
  startsOn: string;
  endsOn: string;
  extensionEndsOn: string;
  providerCodes: readonly string[];
}

/** Five years from April 2018 with the option of two more (docs/methods.md, "The synthetic town"). */
export const contracts: readonly ContractReference[] = [
  {
    id: 1,
    code: 'twl-2018',
    title: 'Total Wellbeing: integrated health and wellbeing service',
    commissionerCode: 'lbc-public-health',
    startsOn: '2018-04-01',
    endsOn: '2023-03-31',
    extensionEndsOn: '2025-03-31',
    providerCodes: ['active-luton', 'turning-point', 'elft'],
  },
];
