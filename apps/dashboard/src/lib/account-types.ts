import type { Role } from './viewer';

export type ScopeKind = 'CONTRACT' | 'SERVICE' | 'PROGRAMME' | 'QI_PROJECT';

export interface ApiToken {
	id: string;
	name: string;
	createdAt: string;
	expiresAt: string;
	revokedAt: string | null;
	lastUsedAt: string | null;
}

export interface NewApiToken {
	secret: string;
	token: ApiToken;
}

export interface UserAccount {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	recordAccess: boolean;
	isDemo: boolean;
	hasPassword: boolean;
	hasSingleSignOn: boolean;
	disabledAt: string | null;
	createdAt: string;
	scopes: { kind: ScopeKind; id: string }[];
}

export interface AuditEntry {
	id: string;
	at: string;
	userId: string | null;
	actor: string;
	action: string;
	operation: string | null;
	detail: Record<string, unknown>;
	rowCount: number | null;
}
