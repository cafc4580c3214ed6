// The kyc-lens command line: `kyc-lens <command> …`. Each command is imported when it runs, so
// --help, --version and a mistyped command load none of them (nor the engine behind them).
import type { CommandIO } from './analyze-command.ts';
import { cliVersion, UsageError } from './archive/options.ts';

type Command = (argv: readonly string[], io: CommandIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; run: () => Promise<Command> }> = {
  analyze: { summary: 'classify the form fields of saved pages and web archives', run: async () => (await import('./analyze-command.ts')).analyzeCommand },
  timeline: { summary: 'how a provider\'s signup changed across captures', run: async () => (await import('./commands/timeline.ts')).runTimeline },
  compare: { summary: 'providers side by side: what each one asks for', run: async () => (await import('./commands/compare.ts')).runCompare },
  export: { summary: 'write the workspace\'s JSON export from pages and archives', run: async () => (await import('./archive/export-command.ts')).runExport },
  wayback: { summary: 'a provider\'s signup pages over the years, from a public web archive', run: async () => (await import('./wayback/command.ts')).runWaybackCommand },
};

export const HELP = `Usage: kyc-lens <command> [options]

KYC Lens shows what identity data a cloud provider's signup flow collects and maps each item to
the proposed U.S. "Know Your Customer" rule for IaaS providers.

Commands
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run "kyc-lens <command> --help" for the options of a command, e.g.

  kyc-lens analyze saved-pages/ --format table
`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic === 'analyze') io.stdout.write((await import('./analyze-command.ts')).ANALYZE_HELP);
    else io.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${cliVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`kyc-lens: "${name}" is not a command. Commands: ${Object.keys(COMMANDS).join(', ')} (kyc-lens --help)\n`);
    return 2;
  }
  try {
    return await (await command.run())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kyc-lens ${name}: ${e.message} (see kyc-lens ${name} --help)\n`);
      return 2;
    }
    io.stderr.write(`kyc-lens ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
