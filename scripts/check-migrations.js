// Fails when src/**/schema.ts and drizzle/ have drifted: drizzle-kit would generate a new migration.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'motcua-drift-'));
try {
  cpSync('drizzle', scratch, { recursive: true });
  const before = readdirSync(scratch).length;
  execFileSync('npx', ['drizzle-kit', 'generate', '--out', scratch, '--schema', './src/db/schema.ts', '--dialect', 'postgresql', '--casing', 'snake_case'], { stdio: 'pipe' });
  const after = readdirSync(scratch).length;
  if (after !== before) {
    console.error('Migrations are out of date with the schema: run `npm run db:generate` and commit drizzle/.');
    process.exit(1);
  }
  console.log('Migrations match the schema.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
