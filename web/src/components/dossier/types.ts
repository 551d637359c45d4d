import type { paths } from '../../api/schema';

/** Response and request shapes of the dossier API, taken from the generated OpenAPI types. */
type Json<T> = T extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type DossierDetail = Json<paths['/api/dossiers/{code}']['get']>;
export type Dossier = DossierDetail['dossier'];
export type DossierStep = DossierDetail['steps'][number];
export type DossierEvent = DossierDetail['events'][number];
export type DossierStatus = Dossier['status'];
export type DossierList = Json<paths['/api/dossiers']['get']>;
export type DossierListItem = DossierList['items'][number];
export type Urgency = DossierListItem['urgency'];
export type ListQuery = NonNullable<paths['/api/dossiers']['get']['parameters']['query']>;
export type InboxView = NonNullable<ListQuery['view']>;
export type InboxBucket = NonNullable<ListQuery['bucket']>;
export type ReceiveBody = Body<paths['/api/dossiers']['post']>;
export type FileBody = NonNullable<ReceiveBody['files']>[number];
export type ProcedureDetail = Json<paths['/api/procedures/{code}']['get']>;
export type ProcedurePage = Json<paths['/api/procedures']['get']>;
export type Assignable = Json<paths['/api/dossiers/{code}/assignable']['get']>;
export type ReturnMethod = NonNullable<Body<paths['/api/dossiers/{code}/hand-over']['post']>['method']>;
export type FormNumber = '01' | '02' | '03' | '04' | '05' | '06';
