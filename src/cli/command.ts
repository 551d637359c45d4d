/** A CLI command: receives the arguments after its name and returns the process exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: string[]): Promise<number>;
}

/** A command as listed in the help: its module is only loaded when the command runs, so the CLI starts fast. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  load(): Promise<Command>;
}
