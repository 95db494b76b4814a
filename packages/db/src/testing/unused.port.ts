import { isPortFree } from '../database.launcher.js';

/**
 * A port nothing listens on, for a test's own server, chosen below the range Linux hands out to
 * outgoing connections (32768 and up): a port picked at random from 20000 to 40000 was once
 * taken, at that moment, by a connection of another test.
 */
export async function unusedPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await isPortFree(port)) return port;
  }
  throw new Error('No free port between 20000 and 32000 for a test server after 50 tries');
}
