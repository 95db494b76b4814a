import { graphql } from '../graphql';
import type { ApiTokenFragment, AuditLogQuery, UserAccountFragment } from '../graphql/graphql';

/** The signed-in user as the dashboard reads them; see viewer.ts. */
/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const VIEWER_FRAGMENT = graphql(`
	fragment Viewer on CurrentUser {
		id
		email
		displayName
		role
		canReadRecords
		canAdminister
		figures
		programmeIds
		contractIds
		qiProjectIds
		isDemo
	}
`);

export const WHO_AM_I_QUERY = graphql(`
	query WhoAmI {
		me {
			...Viewer
		}
		publishedView
	}
`);

export const SIGN_IN_MUTATION = graphql(`
	mutation SignIn($email: String!, $password: String!) {
		signIn(email: $email, password: $password) {
			token
			expiresAt
			user {
				...Viewer
			}
		}
	}
`);

export const SIGN_OUT_MUTATION = graphql(`
	mutation SignOut {
		signOut
	}
`);

export const SIGN_IN_WITH_SINGLE_SIGN_ON_MUTATION = graphql(`
	mutation SignInWithSingleSignOn($idToken: String!, $nonce: String!) {
		signInWithSingleSignOn(idToken: $idToken, nonce: $nonce) {
			token
			expiresAt
		}
	}
`);

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const API_TOKEN_FRAGMENT = graphql(`
	fragment ApiToken on ApiTokenInfo {
		id
		name
		createdAt
		expiresAt
		revokedAt
		lastUsedAt
	}
`);

export const MY_API_TOKENS_QUERY = graphql(`
	query MyApiTokens {
		myApiTokens {
			...ApiToken
		}
	}
`);

export const CREATE_API_TOKEN_MUTATION = graphql(`
	mutation CreateApiToken($name: String!, $expiresInDays: Int!) {
		createApiToken(name: $name, expiresInDays: $expiresInDays) {
			secret
			token {
				...ApiToken
			}
		}
	}
`);

export const REVOKE_API_TOKEN_MUTATION = graphql(`
	mutation RevokeApiToken($id: ID!) {
		revokeApiToken(id: $id) {
			id
		}
	}
`);

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const USER_ACCOUNT_FRAGMENT = graphql(`
	fragment UserAccount on UserAccount {
		id
		email
		displayName
		role
		recordAccess
		isDemo
		hasPassword
		hasSingleSignOn
		disabledAt
		createdAt
		scopes {
			kind
			id
		}
	}
`);

export const USERS_QUERY = graphql(`
	query Users {
		users {
			...UserAccount
		}
		publishedView
	}
`);

export const CREATE_USER_MUTATION = graphql(`
	mutation CreateUser($input: NewUserInput!) {
		createUser(input: $input) {
			id
			email
		}
	}
`);

export const UPDATE_USER_MUTATION = graphql(`
	mutation UpdateUser($id: ID!, $input: UserChangeInput!) {
		updateUser(id: $id, input: $input) {
			id
			email
		}
	}
`);

export const SET_PUBLISHED_VIEW_MUTATION = graphql(`
	mutation SetPublishedView($enabled: Boolean!) {
		setPublishedView(enabled: $enabled)
	}
`);

export const SCOPE_CHOICES_QUERY = graphql(`
	query ScopeChoices {
		services {
			id
			name
		}
		programmes {
			id
			name
		}
		contracts {
			id
			code
			title
		}
		qiProjects {
			id
			title
		}
	}
`);

export const AUDIT_LOG_QUERY = graphql(`
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
`);

export type ApiToken = ApiTokenFragment;
export type UserAccount = UserAccountFragment;
export type AuditEntry = AuditLogQuery['auditLog'][number];
