import { sql, type SQL } from 'drizzle-orm';
import { cellConditions, classifiedDossiers } from './classify-sql';
import { keyExpression } from './form06';
import type { ReportGrouping, ReportScope } from './report-scope';

/** The row key a report shows for a dossier (agency, procedure or field code, or level), from its grouping key. */
function displayKey(by: ReportGrouping): SQL {
  const key = keyExpression(by);
  switch (by) {
    case 'child':
    case 'agency':
      return sql`coalesce((select a.code from agencies a where a.id::text = ${key}), '')`;
    case 'procedure':
      return sql`coalesce((select p.code from procedures p where p.id::text = ${key}), '')`;
    case 'field':
      return sql`coalesce((select f.code from procedure_fields f where f.id::text = ${key}), '')`;
    case 'level':
      return sql`coalesce(${key}, '')`;
  }
}

/**
 * `with …, placed as (dossier_id, row_key, receipt, result)`: every counted dossier of a report with
 * its row and its two categories, read from the one classification (classify-sql.ts), so that the
 * categories add up to the report's figures.
 */
export function placedDossiers(scope: ReportScope, by: ReportGrouping): SQL {
  const c = cellConditions;
  return sql`with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)},
    placed as (
      select c.id as dossier_id, ${displayKey(by)} as row_key,
        case when ${c['received.carriedOver']} then 'carried_over' when ${c['received.online']} then 'new_online' else 'new_direct' end as receipt,
        case when ${c['resolved.early']} then 'early' when ${c['resolved.late']} then 'late' when ${c['resolved.onTime']} then 'on_time'
          when ${c['pending.overdue']} then 'overdue' else 'not_due' end as result
      from classified c
    )`;
}
