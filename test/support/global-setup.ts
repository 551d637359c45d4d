import type { TestProject } from 'vitest/node';
import { buildEmbeddedTemplate, buildPostgresTemplate } from './template';
import { ensureWebBuild } from '../../src/http/ensure-web-build';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // Browser tests load the built app; building is skipped when web/dist is newer than its sources.
  await ensureWebBuild(() => undefined);
  const url = process.env.DATABASE_URL;
  if (url) {
    project.provide('templateDb', await buildPostgresTemplate(url));
    project.provide('templateDir', '');
  } else {
    project.provide('templateDir', await buildEmbeddedTemplate());
    project.provide('templateDb', '');
  }
}
