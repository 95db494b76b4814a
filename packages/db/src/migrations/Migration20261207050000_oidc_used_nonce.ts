import { Migration } from '@mikro-orm/migrations';

/**
 * Single sign-on nonces already used, until their ID token expires. They were kept in each API
 * process's memory, so a token replayed to a second process behind the same load balancer was
 * accepted; here every process sees every claim (README: Running more than one API process).
 */
export class Migration20261207050000_oidc_used_nonce extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table oidc_used_nonce (
      nonce_key text primary key,
      expires_at timestamptz not null
    );`);
    this.addSql(`create index oidc_used_nonce_expires_at on oidc_used_nonce (expires_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table oidc_used_nonce;`);
  }
}
