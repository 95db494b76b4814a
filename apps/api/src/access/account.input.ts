import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { ScopeKind, UserRole } from './account.type.js';
import { DateTime } from '../common/scalars.js';

@InputType({ description: "One contract, service, programme or QI project for a user's scope." })
export class UserScopeInput {
  @Field(() => ScopeKind, { description: 'What the id names.' })
  kind!: ScopeKind;

  @Field(() => ID, { description: 'The id of the contract, service, programme or QI project.' })
  id!: string;
}

@InputType({ description: 'A new account.' })
export class NewUserInput {
  @Field(() => String, { description: 'The e-mail address the user signs in with (also matched on first single sign-on).' })
  @IsEmail({}, { message: 'must be an e-mail address such as name@example.org' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'The name shown in the dashboard.' })
  @Length(1, 200)
  displayName!: string;

  @Field(() => UserRole, { description: "The user's role." })
  role!: UserRole;

  @Field(() => String, { nullable: true, description: 'A password of 12 to 256 characters; leave out for single sign-on only.' })
  @IsOptional()
  @Length(12, 256, { message: 'must be 12 to 256 characters' })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For analysts: grant pseudonymised record-level access. False when left out.' })
  recordAccess?: boolean | null;

  @Field(() => [UserScopeInput], { nullable: true, description: 'What the role applies to; empty when left out.' })
  scopes?: UserScopeInput[] | null;
}

@InputType({ description: 'Changes to an account; each field left out stays as it is.' })
export class UserChangeInput {
  @Field(() => String, { nullable: true, description: 'A new display name.' })
  @IsOptional()
  @Length(1, 200)
  displayName?: string | null;

  @Field(() => UserRole, { nullable: true, description: "A new role; ends the user's open sessions." })
  role?: UserRole | null;

  @Field(() => Boolean, { nullable: true, description: "Grant or withdraw an analyst's record-level access." })
  recordAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Disable (true) or re-enable (false) the account; disabling ends its sessions and tokens' use." })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "A new password of 12 to 256 characters; ends the user's open sessions." })
  @IsOptional()
  @Length(12, 256, { message: 'must be 12 to 256 characters' })
  password?: string | null;

  @Field(() => [UserScopeInput], { nullable: true, description: 'The whole new scope, replacing the old one.' })
  scopes?: UserScopeInput[] | null;
}

@InputType({ description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => DateTime, { nullable: true, description: 'Entries at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Entries before this instant.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: "Only this account's entries." })
  userId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these actions, e.g. ["auth.sign_in_failed"].' })
  @IsOptional()
  @MaxLength(60, { each: true })
  actions?: string[] | null;
}
