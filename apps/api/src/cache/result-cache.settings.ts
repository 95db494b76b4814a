/** How the analytics result cache is set up (docs/methods.md, "Caching"). */
export interface ResultCacheSettings {
  /** `HUB_RESULT_CACHE`: on (the default) or off, which computes every answer afresh. */
  enabled: boolean;
  /** `HUB_RESULT_CACHE_MB`: the most memory the cached answers may take, in bytes (64 MB by default). */
  maxBytes: number;
}

const DEFAULT_MB = 64;

/** The cache's settings from the environment: the one place the API reads them. */
export function resultCacheSettings(env: NodeJS.ProcessEnv = process.env): ResultCacheSettings {
  const switched = (env.HUB_RESULT_CACHE ?? 'on').trim().toLowerCase();
  if (switched !== 'on' && switched !== 'off') throw new Error(`HUB_RESULT_CACHE must be "on" or "off", not "${env.HUB_RESULT_CACHE}".`);
  const megabytes = env.HUB_RESULT_CACHE_MB?.trim() || String(DEFAULT_MB);
  if (!/^\d+$/.test(megabytes) || Number(megabytes) < 1) {
    throw new Error(`HUB_RESULT_CACHE_MB must be a whole number of megabytes, at least 1, not "${env.HUB_RESULT_CACHE_MB}".`);
  }
  return { enabled: switched === 'on', maxBytes: Number(megabytes) * 1024 * 1024 };
}
