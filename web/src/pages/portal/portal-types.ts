// Shapes of the portal's API answers, taken from the generated OpenAPI types (never written by hand).
import type { paths } from '../../api/schema';
import type { PublishedLateLists } from '../../../../src/reports/late-public';

type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

export type ProcedurePage = Ok<'/api/procedures', 'get'>;
export type ProcedureListItem = ProcedurePage['items'][number];
export type ProcedureDetail = Ok<'/api/procedures/{code}', 'get'>;
export type ProcedureVersion = ProcedureDetail['current'];
export type ProcedureComponent = ProcedureVersion['components'][number];
export type ProcedureLevel = ProcedureVersion['levels'][number];
export type OnlineLevel = ProcedureVersion['onlineLevel'];
export type TimeUnit = ProcedureVersion['timeUnit'];
export type ProcedureField = Ok<'/api/procedure-fields', 'get'>[number];

export type AgencyNode = Ok<'/api/agencies/tree', 'get'>[number];

export type DossierPage = Ok<'/api/dossiers', 'get'>;
export type DossierListItem = DossierPage['items'][number];
export type DossierStatus = DossierListItem['status'];
export type DossierDetail = Ok<'/api/dossiers/{code}', 'get'>;
export type DossierStep = DossierDetail['steps'][number];
export type DossierEvent = DossierDetail['events'][number];
export type StepStatus = DossierStep['status'];

export type LookupResult = Ok<'/api/public/dossiers/lookup', 'get'>;
export type OnlineSubmission = paths['/api/dossiers/online']['post']['requestBody']['content']['application/json'];
export type UploadFile = NonNullable<OnlineSubmission['files']>[number];

export type PublicStatistics = Ok<'/api/public/statistics', 'get'>;

// GET /api/public/late-lists declares no response schema yet, so its generated type is empty: until it
// does, the shape comes from the server's own declaration (type only, erased from the bundle), as JSON.
type Json<T> = T extends Date ? string : T extends readonly (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
export type LateLists = Json<PublishedLateLists>;
