import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import type { HubContext } from '../context/hub.context.js';
import { AuditFilter, NewUserInput, UserChangeInput, type UserScopeInput } from './account.input.js';
import { toApiTokenInfo, toAuditLogEntry, toCurrentUser, toUserAccount } from './account.mapper.js';
import { ApiTokenInfo, AuditLogEntry, CurrentUser, NewApiToken, SignInResult, UserAccount } from './account.type.js';

@Resolver()
export class AccountResolver {
  @Query(() => CurrentUser, { nullable: true, description: 'The signed-in user and what their role allows; null for an anonymous caller.' })
  me(@Ctx() ctx: HubContext): CurrentUser | null {
    return toCurrentUser(ctx.viewer);
  }

  @Mutation(() => SignInResult, { description: 'Signs in with e-mail and password and starts a session. Every attempt is audited.' })
  async signIn(
    @Arg('email', () => String, { description: "The account's e-mail address." }) email: string,
    @Arg('password', () => String, { description: "The account's password." }) password: string,
    @Ctx() ctx: HubContext,
  ): Promise<SignInResult> {
    const signedIn = await ctx.accounts.signIn(email, password);
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: toCurrentUser(signedIn.viewer)! };
  }

  @Mutation(() => Boolean, { description: 'Ends the session this request was sent with; false when it carried no session.' })
  signOut(@Ctx() ctx: HubContext): Promise<boolean> {
    return ctx.accounts.signOut();
  }

  @Query(() => [ApiTokenInfo], { description: 'Your personal API tokens, newest first, revoked and expired ones included.' })
  async myApiTokens(@Ctx() ctx: HubContext): Promise<ApiTokenInfo[]> {
    return (await ctx.accounts.myApiTokens()).map(toApiTokenInfo);
  }

  @Mutation(() => NewApiToken, { description: 'Creates a personal API token for scripts; the secret is returned once and stored only as a hash.' })
  async createApiToken(
    @Arg('name', () => String, { description: 'What the token is for, e.g. "weekly uptake script".' }) name: string,
    @Arg('expiresInDays', () => Int, { defaultValue: 90, description: 'Days until it stops working, 1 to 366.' }) expiresInDays: number,
    @Ctx() ctx: HubContext,
  ): Promise<NewApiToken> {
    const { token, row } = await ctx.accounts.createApiToken(name, expiresInDays);
    return { secret: token, token: toApiTokenInfo(row) };
  }

  @Mutation(() => ApiTokenInfo, { description: "Revokes one of your API tokens at once (an admin may revoke anyone's)." })
  async revokeApiToken(@Arg('id', () => ID, { description: "The token's id." }) id: string, @Ctx() ctx: HubContext): Promise<ApiTokenInfo> {
    return toApiTokenInfo(await ctx.accounts.revokeApiToken(Number(parseId(id, 'id'))));
  }

  @Query(() => [UserAccount], { description: 'Every account, by e-mail, with its role and scope. Admins only.' })
  async users(@Ctx() ctx: HubContext): Promise<UserAccount[]> {
    const { users, scopes } = await ctx.accounts.users();
    return users.map((user) => toUserAccount(user, scopes));
  }

  @Mutation(() => UserAccount, { description: 'Creates an account. Admins only; audited.' })
  async createUser(@Arg('input', () => NewUserInput, { description: 'The new account.' }) input: NewUserInput, @Ctx() ctx: HubContext): Promise<UserAccount> {
    const user = await ctx.accounts.createUser({ ...input, scopes: toScopes(input.scopes) });
    return toUserAccount(user, await ctx.accounts.scopesOf(user.id));
  }

  @Mutation(() => UserAccount, { description: "Changes an account's name, role, record access, scope, password, or disables it. Admins only; audited." })
  async updateUser(
    @Arg('id', () => ID, { description: "The account's id." }) id: string,
    @Arg('input', () => UserChangeInput, { description: 'What to change.' }) input: UserChangeInput,
    @Ctx() ctx: HubContext,
  ): Promise<UserAccount> {
    const user = await ctx.accounts.updateUser(Number(parseId(id, 'id')), { ...input, scopes: input.scopes ? toScopes(input.scopes) : null });
    return toUserAccount(user, await ctx.accounts.scopesOf(user.id));
  }

  @Query(() => [AuditLogEntry], {
    description: 'The audit log, newest first, a page at a time: pass the last id seen as "before" for the next page. Admins only.',
  })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries; leave out for all.' }) filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many entries, 1 to 500.' }) first: number,
    @Arg('before', () => ID, { nullable: true, description: 'Only entries older than this id.' }) before: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<AuditLogEntry[]> {
    const rows = await ctx.accounts.auditEntries({
      from: filter?.from?.toISOString() ?? null,
      to: filter?.to?.toISOString() ?? null,
      userId: filter?.userId ? Number(parseId(filter.userId, 'filter.userId')) : null,
      actions: filter?.actions ?? null,
      beforeId: before ? parseId(before, 'before') : null,
      limit: first,
    });
    return rows.map(toAuditLogEntry);
  }

  @Query(() => Boolean, { description: 'Whether anonymous callers may read the published view: aggregate figures under disclosure control, no records.' })
  publishedView(@Ctx() ctx: HubContext): Promise<boolean> {
    return ctx.accounts.publishedView();
  }

  @Mutation(() => Boolean, { description: 'Turns the anonymous published view on or off. Admins only; audited.' })
  setPublishedView(@Arg('enabled', () => Boolean, { description: 'On (true) or off (false).' }) enabled: boolean, @Ctx() ctx: HubContext): Promise<boolean> {
    return ctx.accounts.setPublishedView(enabled);
  }
}

function toScopes(scopes: readonly UserScopeInput[] | null | undefined) {
  return (scopes ?? []).map((scope, index) => ({ kind: scope.kind, refId: Number(parseId(scope.id, `input.scopes.${index}.id`)) }));
}
