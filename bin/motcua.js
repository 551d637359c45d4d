#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that `npx motcua` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
