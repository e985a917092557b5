#!/usr/bin/env node
// The `medskapa` command. TypeScript sources run through tsx, so the CLI needs no separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
