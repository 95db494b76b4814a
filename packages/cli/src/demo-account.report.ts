import type { DemoAccounts } from './demo-account.service.js';

/** What `npm start` prints about the demo accounts: nothing unless the database is the synthetic town. */
export function demoAccountLines(demo: DemoAccounts | null, dashboardUrl: string): string[] {
  if (!demo || demo.accounts.length === 0) return [];
  const width = Math.max(...demo.accounts.map((account) => account.email.length));
  const lines = ['', `  Demo accounts (synthetic town only; passwords also in ${demo.file}):`];
  for (const account of demo.accounts) {
    const password = account.password ?? `(changed or not on file: npm run user -- password --email ${account.email})`;
    lines.push(`    ${account.email.padEnd(width)}  ${account.role.padEnd(15)}  ${password}`);
  }
  if (demo.fileExposed) lines.push(`  The passwords are not shown: other users can read ${demo.file}. Run "chmod 600 ${demo.file}".`);
  lines.push(`  Sign in at ${dashboardUrl}/sign-in`);
  return lines;
}
