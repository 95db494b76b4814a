import type { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from '../context/hub.context.js';
import { auditInsertOf, type AuditBatch } from './audit.batch.js';

/**
 * Writes one audit entry per request that read person-level records: who, when, which
 * operation, with which variables (the filters) and how many rows of each list. Written when
 * the response is ready, so partial reads of a failed request are logged too, and committed
 * before the response is sent; with `batch`, in one statement with other requests' entries.
 */
export function recordReadAuditPlugin(batch?: AuditBatch): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, operationName }) {
          if (contextValue.recordReads.isEmpty) return;
          const entry = contextValue.recordReads.toEntry(operationName ?? null, request.variables);
          if (batch) await batch.write(auditInsertOf(contextValue.viewer, entry));
          else await contextValue.audit.write(contextValue.viewer, entry);
        },
      };
    },
  };
}
