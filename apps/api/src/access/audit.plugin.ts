import type { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from '../context/hub.context.js';

/**
 * Writes one audit entry per request that read person-level records: who, when, which
 * operation, with which variables (the filters) and how many rows of each list. Written when
 * the response is ready, so partial reads of a failed request are logged too.
 */
export function recordReadAuditPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, operationName }) {
          if (contextValue.recordReads.isEmpty) return;
          await contextValue.audit.write(contextValue.viewer, contextValue.recordReads.toEntry(operationName ?? null, request.variables));
        },
      };
    },
  };
}
