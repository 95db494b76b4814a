import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, printHubSchema } from './schema.print.js';

// Run by `npm run schema`; schema.spec.ts fails until the committed file matches the code again.
writeFileSync(SCHEMA_FILE, printHubSchema());
console.log(`Wrote ${SCHEMA_FILE}`);
