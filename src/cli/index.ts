// The command line runs this file: context-cache <command> [flags] (package.json bin → dist/cli/index.js).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), process.env);
