import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { toCurrentUser } from '../account.mapper.js';
import { SignInResult } from '../account.type.js';
import { SqlClient } from '../../common/sql.client.js';
import { UsedNonces } from './oidc.replay.js';
import { SingleSignOnService } from './oidc.service.js';
import { SingleSignOnInfo } from './oidc.type.js';

@Resolver()
export class SingleSignOnResolver {
  @Query(() => SingleSignOnInfo, { nullable: true, description: 'The identity provider for single sign-on; null when the hub has none configured.' })
  singleSignOn(@Ctx() ctx: HubContext): SingleSignOnInfo | null {
    const settings = singleSignOnOf(ctx).settings();
    return settings && Object.assign(new SingleSignOnInfo(), { issuer: settings.issuer, name: settings.name });
  }

  @Mutation(() => SignInResult, {
    description:
      "Signs in with an ID token from the configured identity provider and starts a session. The API checks the token's signature, issuer, audience, expiry and nonce itself; the first sign-on links the account an admin created for the token's e-mail. Every attempt is audited.",
  })
  async signInWithSingleSignOn(
    @Arg('idToken', () => String, { description: 'The ID token the identity provider issued at the end of the authorization-code flow.' }) idToken: string,
    @Arg('nonce', () => String, { description: 'The nonce the dashboard sent in the authorization request; the token must carry the same one.' }) nonce: string,
    @Ctx() ctx: HubContext,
  ): Promise<SignInResult> {
    const signedIn = await singleSignOnOf(ctx).signIn(idToken, nonce);
    // The repository's raw SQL hands timestamptz back as text; the DateTime scalar wants a Date.
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: toCurrentUser(signedIn.viewer)! };
  }
}

function singleSignOnOf(ctx: HubContext): SingleSignOnService {
  return new SingleSignOnService(ctx.accounts, ctx.audit, ctx.viewer, new UsedNonces(new SqlClient(ctx.em)));
}
