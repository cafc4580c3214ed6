// Runs one archive-aware command straight from the command line:
//   node --import tsx src/cli/archive/entry.ts <analyze|timeline|compare|export> <inputs>… [options]
// The kyc-lens binary dispatches to the same functions (commands.ts); the benchmark uses this file.
import { isArchiveCommand, runArchiveCommand } from './commands.ts';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const [name, ...rest] = process.argv.slice(2);
if (!isArchiveCommand(name)) {
  process.stderr.write('usage: entry.ts <analyze|timeline|compare|export> <file|dir>… [options]\n');
  process.exitCode = 2;
} else {
  process.exitCode = await runArchiveCommand(name, rest, { stdout: process.stdout, stderr: process.stderr });
}
