#!/usr/bin/env node
// Entry point of the `bastao` command. The source is TypeScript run through tsx,
// so a clone needs no build step: `npm install && npx bastao --help`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
