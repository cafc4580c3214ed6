// Runs the CLI in-process with captured output.
import { main } from '../../../src/cli/main.ts';

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
  });
  return { code, stdout, stderr };
}
