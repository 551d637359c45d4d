import { resolve } from 'node:path';

export interface Config {
  /** postgres:// URL of a real server; unset means the embedded database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** Demo mode seeds a demo province and demo accounts; on by default for the embedded database. */
  readonly demo: boolean;
  readonly logLevel: string;
  /** Public address of the portal, for links printed on paper (QR codes); else taken from the request. */
  readonly publicBaseUrl: string | undefined;
  /** Dossiers of demo history generated on the first demo start (0: none). */
  readonly demoDossiers: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    databaseUrl,
    dataDir: resolve(env.MOTCUA_DATA_DIR ?? 'data'),
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 3000),
    demo: flag(env.MOTCUA_DEMO, databaseUrl === undefined),
    logLevel: env.LOG_LEVEL ?? 'info',
    demoDossiers: Math.max(0, Math.floor(Number(env.MOTCUA_DEMO_DOSSIERS ?? 20_000)) || 0),
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/+$/, '') || undefined,
  };
}
