import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPseudonymKey, pseudonymKeySettings, PseudonymKeyError } from './pseudonym-key.file.js';

let dir: string;
const modeOf = (path: string) => statSync(path).mode & 0o777;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pseudonymKeySettings', () => {
  it('keeps the key file beside the data unless HUB_PSEUDONYM_KEY_FILE names another', () => {
    expect(pseudonymKeySettings({}, '/var/hub')).toEqual({ key: undefined, file: '/var/hub/pseudonym.key' });
    expect(pseudonymKeySettings({ HUB_PSEUDONYM_KEY_FILE: '/secrets/hub.key' }, '/var/hub').file).toBe('/secrets/hub.key');
    expect(pseudonymKeySettings({ HUB_PSEUDONYM_KEY: 'k'.repeat(40) }, '/var/hub').key).toBe('k'.repeat(40));
  });
});

describe('loadPseudonymKey', () => {
  it('makes a random 32-byte key on first run, in a file only its owner can read', () => {
    const file = join(dir, 'data', 'pseudonym.key');
    const loaded = loadPseudonymKey({ file });
    expect(loaded).toMatchObject({ source: 'file', path: file, created: true });
    expect(loaded.key).toMatch(/^[0-9a-f]{64}$/);
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${loaded.key}\n`);
  });

  it('reuses the file on later runs, and two installations get different keys', () => {
    const file = join(dir, 'pseudonym.key');
    const first = loadPseudonymKey({ file });
    const again = loadPseudonymKey({ file });
    expect(again).toMatchObject({ key: first.key, created: false });
    expect(loadPseudonymKey({ file: join(dir, 'other.key') }).key).not.toBe(first.key);
  });

  it('refuses a key file that other users can read, saying how to fix it', () => {
    const file = join(dir, 'pseudonym.key');
    loadPseudonymKey({ file });
    for (const mode of [0o644, 0o640, 0o604]) {
      chmodSync(file, mode);
      expect(() => loadPseudonymKey({ file })).toThrow(PseudonymKeyError);
      expect(() => loadPseudonymKey({ file })).toThrow(`run "chmod 600 ${file}"`);
    }
    chmodSync(file, 0o600);
    expect(loadPseudonymKey({ file }).created).toBe(false);
  });

  it('takes HUB_PSEUDONYM_KEY instead of the file, without writing one', () => {
    const file = join(dir, 'pseudonym.key');
    const key = 'a-key-passed-directly-of-40-characters!!';
    expect(loadPseudonymKey({ key, file })).toEqual({ key, source: 'environment', created: false });
    expect(() => statSync(file)).toThrow();
  });

  it('refuses a short key, from the environment or a file', () => {
    expect(() => loadPseudonymKey({ key: 'short', file: join(dir, 'x') })).toThrow(/HUB_PSEUDONYM_KEY is too short/);
    const file = join(dir, 'short.key');
    writeFileSync(file, 'short\n', { mode: 0o600 });
    expect(() => loadPseudonymKey({ file })).toThrow(/too short/);
  });
});
