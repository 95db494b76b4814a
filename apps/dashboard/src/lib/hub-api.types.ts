/**
 * Shapes of the Hub GraphQL API (schema/schema.graphql) as the dashboard reads them.
 * Scalars: LocalDate is an ISO date string "YYYY-MM-DD".
 */
export type LocalDate = string;

export type ReferralStatus =
	| 'RECEIVED'
	| 'ASSESSED'
	| 'STARTED'
	| 'COMPLETED'
	| 'DECLINED'
	| 'DID_NOT_START'
	| 'DROPPED_OUT';

type ReferralSourceCode = 'GP' | 'HOSPITAL' | 'COMMUNITY' | 'SOCIAL_CARE' | 'SELF' | 'OTHER';

export interface ReferralFilter {
	receivedFrom?: LocalDate;
	/** Inclusive. */
	receivedTo?: LocalDate;
	programmeIds?: string[];
	serviceIds?: string[];
	wardCodes?: string[];
	ethnicCodes?: string[];
	sourceCodes?: ReferralSourceCode[];
	statuses?: ReferralStatus[];
}

interface Service {
	id: string;
	code: string;
	name: string;
}

export interface Programme {
	id: string;
	code: string;
	name: string;
	service: Pick<Service, 'id' | 'name'>;
}

/** A count under disclosure control (docs/methods.md, "Disclosure control"): null when withheld (1–7), else rounded to 5. */
interface DisclosedCount {
	count: number | null;
	suppressed: boolean;
}

export interface MonthlyReferralCount extends DisclosedCount {
	/** First day of the month. */
	month: LocalDate;
}

export interface ProgrammeReferralCount extends DisclosedCount {
	programme: Programme;
}

export interface Ward {
	code: string;
	name: string;
	deprivationDecile: number | null;
}

export interface AgeBand {
	code: string;
	minAge: number;
}

export interface EthnicCategory {
	code: string;
	name: string;
	broadGroup: string;
}

type OutreachKind = string;

export interface OutreachEvent {
	id: string;
	title: string;
	heldOn: LocalDate;
	kind: OutreachKind;
	community: string;
	attendance: number;
	referralCount: number;
	ward: Pick<Ward, 'code' | 'name'> | null;
}
