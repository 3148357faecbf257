/**
 * How a subcommand tells what went wrong on stderr, under its name: `fail` for a problem with what
 * it was asked to do, `usage` for arguments it cannot take (with the usage text). Both answer exit
 * code 2.
 */
export function complaints(command: string, usageText: string) {
  return {
    fail(message: string): number {
      process.stderr.write(`carousel ${command}: ${message}\n`);
      return 2;
    },
    usage(error?: unknown): number {
      if (error instanceof Error) process.stderr.write(`carousel ${command}: ${error.message}\n`);
      process.stderr.write(usageText);
      return 2;
    },
  };
}
