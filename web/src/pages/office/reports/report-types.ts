import type { paths } from '../../../api/schema';

/** Types of the report API, all derived from the generated OpenAPI types. */
type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends {
  responses: Record<S, { content: { 'application/json': infer T } }>;
}
  ? T
  : never;

export type DashboardData = Json<'/api/reports/dashboard', 'get', 200>;
export type DashboardRow = DashboardData['byChild'][number];
export type DashboardMonth = DashboardData['months'][number];
export type Figures = DashboardData['total'];

export type DrillQuery = paths['/api/reports/views/dossiers']['get']['parameters']['query'];
export type ReportCell = DrillQuery['cell'];
export type Grouping = NonNullable<DrillQuery['by']>;
export type DrillPage = Json<'/api/reports/views/dossiers', 'get', 200>;
export type DrillItem = DrillPage['items'][number];

/** The form 06 JSON (`GET /api/reports/form06`) has the shape the published snapshots carry. */
export type Form06Report = Json<'/api/reports/snapshots/{id}', 'get', 200>['report'];
export type Form06Row = Form06Report['rows'][number];
export type SnapshotSummary = Json<'/api/reports/snapshots', 'get', 200>['items'][number];
export type Comparison = Json<'/api/reports/snapshots/{id}/compare', 'get', 200>;
