import { pgRunner } from '@hub/reporting';
import pg from 'pg';
import { readDataVersion } from './data.version.js';

/** How long a connection may take before the feed gives up on it and tries again (the API starts meanwhile). */
const CONNECT_TIMEOUT_MS = 5_000;
/**
 * How often the feed also reads the data version itself: a notice that never comes (a pooler in
 * transaction mode passes none on) then holds a cached answer back by this long at most.
 */
const VERSION_CHECK_MS = 1_000;
/** How long to wait before listening again after the link to PostgreSQL broke. */
const RECONNECT_MS = 1_000;

export interface ChangeFeedOptions {
  /**
   * Whether the feed's data version may stand in for reading it: not with a read replica, whose
   * data can trail the version the primary announces (cache/data.version.ts).
   */
  tracksDataVersion: boolean;
  /** Told when the link breaks; the feed keeps trying, and the API answers from the database meanwhile. */
  onTrouble?: (error: Error) => void;
}

/**
 * What an API process learns from PostgreSQL without asking (docs/methods.md, "Caching"): one
 * connection LISTENs for the notices Migration20261210000000_change_notices sends when the data
 * version moves on and when accounts, scopes, sessions, tokens or settings change.
 *
 * Anything kept in memory because of the feed is kept under its `generation`, which moves on at
 * every notice, at every local write, and whenever the link goes down or comes back; so a cached
 * sign-in or answer is used only while nothing that could change it has happened. While the link
 * is down, `live` is false and callers ask the database every time, as if there were no feed: a
 * lost link costs speed, never correctness. The feed also reads the data version itself every
 * second, so an answer is never held back longer than that should a notice not arrive. Every
 * process listens for itself, so two API processes on one database see each other's writes
 * within the moment PostgreSQL takes to deliver a notice.
 */
export class ChangeFeed {
  private client: pg.Client | null = null;
  private version: bigint | null = null;
  private generationCount = 0;
  private reconnect: NodeJS.Timeout | null = null;
  private versionCheck: NodeJS.Timeout | null = null;
  private stopped = false;
  private troubleTold = false;

  private constructor(
    private readonly connectionString: string,
    private readonly options: ChangeFeedOptions,
  ) {}

  /** A feed listening on `connectionString` (the primary); it goes live once its first connection is made. */
  static async start(connectionString: string, options: ChangeFeedOptions): Promise<ChangeFeed> {
    const feed = new ChangeFeed(connectionString, options);
    await feed.connect();
    return feed;
  }

  /** A feed that never goes live: every caller asks the database, as before the feed existed. */
  static offline(): ChangeFeed {
    const feed = new ChangeFeed('', { tracksDataVersion: false });
    feed.stopped = true;
    return feed;
  }

  /** True while notices are arriving: only then may anything be answered from memory. */
  get live(): boolean {
    return this.client !== null;
  }

  /** Moves on whenever anything kept under an older generation may be out of date. */
  get generation(): number {
    return this.generationCount;
  }

  /** The data version as of the last notice, or null when it must be read from the database. */
  get dataVersion(): bigint | null {
    return this.live && this.options.tracksDataVersion ? this.version : null;
  }

  /**
   * This process has just written (a mutation ended): whatever it keeps is dropped at once,
   * without waiting for the notice, and the data version is taken as `version` when that is
   * newer, so the writer's next request sees its own write.
   */
  noteLocalWrite(version: bigint | null): void {
    this.generationCount++;
    if (version !== null) this.advanceTo(version);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.goDown();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'wellbeing-hub change feed',
    });
    client.on('notification', (notice) => this.onNotice(notice));
    client.on('error', (error) => this.onBroken(client, error));
    client.on('end', () => this.onBroken(client, new Error('the connection closed')));
    try {
      await client.connect();
      await client.query('listen hub_data_version; listen hub_access');
      // Read after listening, so no write can fall between the version read and the first notice.
      const version = await readDataVersion(pgRunner(client));
      if (this.stopped) {
        await client.end();
        return;
      }
      this.advanceTo(version);
      this.client = client;
      this.troubleTold = false;
      this.generationCount++;
      this.versionCheck = setInterval(() => void this.checkVersion(client), VERSION_CHECK_MS);
      this.versionCheck.unref();
    } catch (error) {
      this.onBroken(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private onNotice(notice: pg.Notification): void {
    if (notice.channel === 'hub_data_version' && notice.payload) this.advanceTo(BigInt(notice.payload));
    this.generationCount++;
  }

  private async checkVersion(client: pg.Client): Promise<void> {
    try {
      const version = await readDataVersion(pgRunner(client));
      if (this.client === client) this.advanceTo(version);
    } catch {
      // A broken connection is reported by its 'error' event, which takes the feed down.
    }
  }

  /** A version newer than the one known moves the generation on too: what was kept under the old one may be out of date. */
  private advanceTo(version: bigint): void {
    if (this.version !== null && version <= this.version) return;
    this.version = version;
    this.generationCount++;
  }

  private onBroken(client: pg.Client, error: Error): void {
    if (this.client !== null && this.client !== client) return;
    this.goDown();
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    // Told once per outage, not at every failed attempt to listen again.
    if (!this.troubleTold) this.options.onTrouble?.(error);
    this.troubleTold = true;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.connect();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  private goDown(): void {
    if (this.versionCheck) clearInterval(this.versionCheck);
    this.versionCheck = null;
    this.client = null;
    this.version = null;
    this.generationCount++;
  }
}
