import { VIEWER_FIELDS, type Viewer } from '../viewer';
import type { ApiToken, AuditEntry, NewApiToken, UserAccount } from '../account-types';

export const WHO_AM_I_QUERY = /* GraphQL */ `
	query WhoAmI {
		me { ${VIEWER_FIELDS} }
		publishedView
	}
`;
export interface WhoAmIResult {
	me: Viewer | null;
	publishedView: boolean;
}

export const SIGN_IN_MUTATION = /* GraphQL */ `
	mutation SignIn($email: String!, $password: String!) {
		signIn(email: $email, password: $password) {
			token
			expiresAt
			user { ${VIEWER_FIELDS} }
		}
	}
`;
export interface SignInResult {
	signIn: { token: string; expiresAt: string; user: Viewer };
}

export const SIGN_OUT_MUTATION = /* GraphQL */ `
	mutation SignOut {
		signOut
	}
`;

const TOKEN_FIELDS = 'id name createdAt expiresAt revokedAt lastUsedAt';

export const MY_API_TOKENS_QUERY = /* GraphQL */ `
	query MyApiTokens {
		myApiTokens { ${TOKEN_FIELDS} }
	}
`;
export interface MyApiTokensResult {
	myApiTokens: ApiToken[];
}

export const CREATE_API_TOKEN_MUTATION = /* GraphQL */ `
	mutation CreateApiToken($name: String!, $expiresInDays: Int!) {
		createApiToken(name: $name, expiresInDays: $expiresInDays) {
			secret
			token { ${TOKEN_FIELDS} }
		}
	}
`;
export interface CreateApiTokenResult {
	createApiToken: NewApiToken;
}

export const REVOKE_API_TOKEN_MUTATION = /* GraphQL */ `
	mutation RevokeApiToken($id: ID!) {
		revokeApiToken(id: $id) { id }
	}
`;

const USER_FIELDS =
	'id email displayName role recordAccess isDemo hasPassword hasSingleSignOn disabledAt createdAt scopes { kind id }';

export const USERS_QUERY = /* GraphQL */ `
	query Users {
		users { ${USER_FIELDS} }
		publishedView
	}
`;
export interface UsersResult {
	users: UserAccount[];
	publishedView: boolean;
}

export const CREATE_USER_MUTATION = /* GraphQL */ `
	mutation CreateUser($input: NewUserInput!) {
		createUser(input: $input) { id email }
	}
`;

export const UPDATE_USER_MUTATION = /* GraphQL */ `
	mutation UpdateUser($id: ID!, $input: UserChangeInput!) {
		updateUser(id: $id, input: $input) { id email }
	}
`;

export const SET_PUBLISHED_VIEW_MUTATION = /* GraphQL */ `
	mutation SetPublishedView($enabled: Boolean!) {
		setPublishedView(enabled: $enabled)
	}
`;

export const SCOPE_CHOICES_QUERY = /* GraphQL */ `
	query ScopeChoices {
		services { id name }
		programmes { id name }
		contracts { id code title }
		qiProjects { id title }
	}
`;
export interface ScopeChoicesResult {
	services: { id: string; name: string }[];
	programmes: { id: string; name: string }[];
	contracts: { id: string; code: string; title: string }[];
	qiProjects: { id: string; title: string }[];
}

export const AUDIT_LOG_QUERY = /* GraphQL */ `
	query AuditLog($filter: AuditFilter, $first: Int!, $before: ID) {
		auditLog(filter: $filter, first: $first, before: $before) {
			id
			at
			userId
			actor
			action
			operation
			detail
			rowCount
		}
	}
`;
export interface AuditLogResult {
	auditLog: AuditEntry[];
}
