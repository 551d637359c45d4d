import type pg from 'pg';

/**
 * pg-boss runs its SQL through our pool instead of opening its own: the embedded database serves a
 * single connection, and on PostgreSQL it keeps the connection count predictable.
 */
export function poolAdapter(pool: pg.Pool): { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> } {
  return {
    executeSql: (text, values) => pool.query(text, values),
  };
}
