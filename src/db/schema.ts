// Every table of the system; drizzle-kit reads this file to generate migrations.
export * from '../agencies/schema';
export * from '../accounts/schema';
export * from '../calendar/schema';
export * from '../catalog/schema';
export * from '../audit/schema';
export * from '../dossiers/schema';
export * from '../notifications/schema';
export * from '../reports/schema';
