import type { ApolloServerPlugin } from '@apollo/server';
import { mikroOrmRunner } from '@hub/reporting';
import type { HubContext } from '../context/hub.context.js';
import type { ChangeFeed } from './change.feed.js';
import { readDataVersion } from './data.version.js';

/**
 * After every mutation this process ran, whether or not it wrote anything, the change feed is
 * told at once: the notice PostgreSQL sends at commit may reach this process a moment after the
 * writer's next request does, and that request must see its own write (a sign-out, a QI value).
 * The version is read on the primary, where the mutation wrote.
 */
export function localWritePlugin(feed: ChangeFeed): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          // A failed read must not fail the mutation's answer: the notice still comes a moment later.
          const version = await readDataVersion(mikroOrmRunner(contextValue.em, 'write')).catch(() => null);
          feed.noteLocalWrite(version);
        },
      };
    },
  };
}
