import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { JSONObjectResolver } from 'graphql-scalars';

export enum UserRole {
  COMMISSIONER = 'commissioner',
  ANALYST = 'analyst',
  SERVICE_MANAGER = 'service_manager',
  QI_LEAD = 'qi_lead',
  ADMIN = 'admin',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a user does, which decides what they may see (docs/methods.md, "Access and audit").',
  valuesConfig: {
    COMMISSIONER: { description: 'Reviews the contracts they commission: aggregate figures only, under disclosure control.' },
    ANALYST: { description: 'Queries aggregates over everything under disclosure control; record-level access only where an admin grants it.' },
    SERVICE_MANAGER: { description: "Sees their own services' and programmes' figures exactly, and their records." },
    QI_LEAD: { description: 'Sees aggregates under disclosure control and the QI projects; edits the projects they belong to.' },
    ADMIN: { description: 'Manages users, roles, scopes and settings, reads the audit log, and sees everything.' },
  },
});

export enum FigurePolicy {
  EXACT = 'exact',
  DISCLOSURE_CONTROLLED = 'controlled',
}
registerEnumType(FigurePolicy, {
  name: 'FigurePolicy',
  description: 'How figures below record level reach this user (docs/methods.md, "Disclosure control").',
  valuesConfig: {
    EXACT: { description: 'Exact counts: the user can read the records the figures are built from.' },
    DISCLOSURE_CONTROLLED: { description: 'Counts of 1 to 7 withheld, others rounded to the nearest 5, summaries at a coarse precision.' },
  },
});

export enum ScopeKind {
  CONTRACT = 'contract',
  SERVICE = 'service',
  PROGRAMME = 'programme',
  QI_PROJECT = 'qi_project',
}
registerEnumType(ScopeKind, {
  name: 'ScopeKind',
  description: 'What a scope entry names.',
  valuesConfig: {
    CONTRACT: { description: "A contract: a commissioner sees its figures; its providers' services follow." },
    SERVICE: { description: 'A service and all its programmes.' },
    PROGRAMME: { description: 'One programme.' },
    QI_PROJECT: { description: 'A QI project the user belongs to.' },
  },
});

@ObjectType({ description: "One contract, service, programme or QI project a user's role applies to." })
export class UserScopeEntry {
  @Field(() => ScopeKind, { description: 'What the entry names.' })
  kind!: ScopeKind;

  @Field(() => ID, { description: 'The id of the contract, service, programme or QI project.' })
  id!: string;
}

@ObjectType({ description: 'The signed-in user, with what their role lets them do.' })
export class CurrentUser {
  @Field(() => ID, { description: "The account's id." })
  id!: string;

  @Field(() => String, { description: 'The e-mail address the user signs in with.' })
  email!: string;

  @Field(() => String, { description: 'The name shown in the dashboard.' })
  displayName!: string;

  @Field(() => UserRole, { description: "The user's role." })
  role!: UserRole;

  @Field(() => Boolean, { description: 'True for the demo accounts of the synthetic town.' })
  isDemo!: boolean;

  @Field(() => Boolean, { description: 'Whether person-level records (people, referrals, attendance, outcome measurements) are open to the user.' })
  canReadRecords!: boolean;

  @Field(() => Boolean, { description: 'Whether the user manages accounts, settings and the audit log.' })
  canAdminister!: boolean;

  @Field(() => FigurePolicy, { description: 'How figures below record level reach the user.' })
  figures!: FigurePolicy;

  @Field(() => [ID], { nullable: true, description: "The programmes the user's figures and records are limited to; null when not limited." })
  programmeIds!: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The contracts whose KPIs the user may read; null when all.' })
  contractIds!: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The QI projects the user belongs to; null when all.' })
  qiProjectIds!: string[] | null;
}

@ObjectType({ description: 'A new session: send the token as "Authorization: Bearer <token>", or let the dashboard keep it in its cookie.' })
export class SignInResult {
  @Field(() => String, { description: 'The session token. It is shown only here; the hub keeps only its hash.' })
  token!: string;

  @Field(() => DateTime, { description: 'When the session ends; sign in again after it.' })
  expiresAt!: Date;

  @Field(() => CurrentUser, { description: 'Who signed in.' })
  user!: CurrentUser;
}

@ObjectType({ description: 'A personal API token for scripts and tools. The secret is shown once, when it is created.' })
export class ApiTokenInfo {
  @Field(() => ID, { description: "The token's id, for revoking it." })
  id!: string;

  @Field(() => String, { description: 'The name its owner gave it.' })
  name!: string;

  @Field(() => DateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'When it stops working.' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was revoked; null while it is live.' })
  revokedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A token just created: copy the secret now, it is not shown again.' })
export class NewApiToken {
  @Field(() => String, { description: 'The secret: send it as "Authorization: Bearer <secret>".' })
  secret!: string;

  @Field(() => ApiTokenInfo, { description: 'The token as it is listed.' })
  token!: ApiTokenInfo;
}

@ObjectType({ description: 'A user account, as an admin sees it.' })
export class UserAccount {
  @Field(() => ID, { description: "The account's id." })
  id!: string;

  @Field(() => String, { description: 'The e-mail address the user signs in with.' })
  email!: string;

  @Field(() => String, { description: 'The name shown in the dashboard.' })
  displayName!: string;

  @Field(() => UserRole, { description: "The user's role." })
  role!: UserRole;

  @Field(() => Boolean, { description: "An analyst's grant of pseudonymised record-level access." })
  recordAccess!: boolean;

  @Field(() => Boolean, { description: 'True for the demo accounts of the synthetic town.' })
  isDemo!: boolean;

  @Field(() => Boolean, { description: 'Whether the account can sign in with a password.' })
  hasPassword!: boolean;

  @Field(() => Boolean, { description: 'Whether the account is linked to a single sign-on identity.' })
  hasSingleSignOn!: boolean;

  @Field(() => DateTime, { nullable: true, description: 'When the account was disabled; null while it is enabled.' })
  disabledAt!: Date | null;

  @Field(() => DateTime, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => [UserScopeEntry], { description: 'The contracts, services, programmes and QI projects the role applies to.' })
  scopes!: UserScopeEntry[];
}

@ObjectType({ description: 'One entry of the append-only audit log.' })
export class AuditLogEntry {
  @Field(() => ID, { description: "The entry's id; later entries have larger ids." })
  id!: string;

  @Field(() => DateTime, { description: 'When it happened.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The account that acted; null for anonymous callers and the command line.' })
  userId!: string | null;

  @Field(() => String, { description: 'Who acted: the account\'s e-mail at the time, "anonymous@<address>" or "system (command line)".' })
  actor!: string;

  @Field(() => String, { description: 'What happened, e.g. auth.sign_in, auth.sign_in_failed, records.read, user.update, token.create.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name, for record reads.' })
  operation!: string | null;

  @Field(() => JSONObjectResolver, { description: 'The particulars: filters and rows read per list, what changed, the sign-in method.' })
  detail!: Record<string, unknown>;

  @Field(() => Number, { nullable: true, description: 'How many records were read, for record reads.' })
  rowCount!: number | null;
}
