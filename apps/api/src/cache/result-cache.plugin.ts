import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { mikroOrmRunner } from '@hub/reporting';
import type { HubContext } from '../context/hub.context.js';
import type { ChangeFeed } from './change.feed.js';
import { readDataVersion } from './data.version.js';
import { ResultCache } from './result.cache.js';
import type { ResultCacheSettings } from './result-cache.settings.js';

/**
 * The queries whose answers are figures below record level, the same for every caller with the
 * same role, grants and disclosure policy. Person-level lists, accounts, and anything a mutation
 * does are never cached: an operation is cached only when every field at its top is one of these.
 */
const ANALYTICS_QUERIES: ReadonlySet<string> = new Set([
  'aggregate',
  'aggregateSpc',
  'contractKpis',
  'dataCoverage',
  'involvementOverTime',
  'outcomeSummary',
  'outcomesByGroup',
  'populationCells',
  'referralFunnel',
  'referralsByProgramme',
  'referralsPerMonth',
  'serviceSpc',
  'uptake',
]);

/**
 * Analytics answers kept across requests (docs/methods.md, "Caching"). An answer is keyed by
 * the document, the operation name, the variables, and the caller's role and grants (which hold
 * their scope and disclosure policy), so no answer crosses from one role or scope to another;
 * and it is kept with the data version read BEFORE it was computed. A write that commits while
 * the answer is being computed may or may not be in it, but it has moved the version on, so the
 * answer is kept under the older version and the next request, reading the newer one, computes
 * afresh. An answer can therefore hold newer data than its version says, never older. The
 * feed's version moves on only when a write has committed, so the same holds when it is used.
 */
export function resultCachePlugin(settings: ResultCacheSettings, feed: ChangeFeed): ApolloServerPlugin<HubContext> {
  const cache = new ResultCache<FormattedExecutionResult>(settings.maxBytes);
  return {
    async requestDidStart() {
      if (!settings.enabled) return;
      let pending: { key: string; version: bigint } | null = null;
      return {
        async responseForOperation(request) {
          // No operation is resolved when the document names none that matches; Apollo answers that itself.
          if (!request.operation || !isAnalytics(request.operation)) return null;
          const key = cacheKey(request);
          // The feed's version when it has one (no read replica, link up); otherwise one short read.
          const version = feed.dataVersion ?? (await readDataVersion(mikroOrmRunner(request.contextValue.em, 'read')));
          const cached = cache.get(key, version);
          if (cached) return { http: request.response.http, body: { kind: 'single', singleResult: cached } };
          pending = { key, version };
          return null;
        },
        async willSendResponse({ response, contextValue }) {
          // A request that read records must be audited each time it runs, so it is never answered from memory.
          if (!pending || response.body.kind !== 'single' || !contextValue.recordReads.isEmpty) return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          cache.set(pending.key, { version: pending.version, value: result, bytes: JSON.stringify(result).length * 2 });
        },
      };
    },
  };
}

function isAnalytics(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((selection) => selection.kind === 'Field' && ANALYTICS_QUERIES.has(selection.name.value))
  );
}

function cacheKey({ source, operationName, request, contextValue }: GraphQLRequestContextResponseForOperation<HubContext>): string {
  const { viewer } = contextValue;
  const parts = [source, operationName, request.variables ?? {}, viewer.account?.role ?? 'anonymous', viewer.grants];
  return createHash('sha256').update(stableJson(parts)).digest('base64url');
}

/** JSON with every object's keys in order, so {a, b} and {b, a} make one key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
