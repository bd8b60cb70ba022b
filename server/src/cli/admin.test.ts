import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * `pnpm admin` as an operator meets it: help for the program and for every command (exit 0), and
 * bad usage answered with one error line and the command's usage, exit 2, never a stack trace.
 */

const serverDir = path.resolve(import.meta.dirname, '../..');
const COMMANDS = ['create-organisation', 'retention', 'rotate-secrets', 'verify-audit'];

function admin(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/admin.ts', ...args],
      // No database is reachable: a command that got past its usage checks would fail with exit 1.
      { cwd: serverDir, env: { PATH: process.env.PATH ?? '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe.concurrent('pnpm admin', () => {
  it('--help lists every command and the exit codes', async () => {
    const { code, stdout, stderr } = await admin(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: pnpm admin \[options\] \[command\]/);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('Exit codes: 0 done, 1 failed');
  });

  it.each(COMMANDS)('%s --help describes the command and its options', async (command) => {
    const { code, stdout } = await admin([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: pnpm admin ${command} `));
    expect(stdout).toContain('Options:');
  });

  it('an unknown option: one error line, the usage, exit 2', async () => {
    const { code, stdout, stderr } = await admin(['verify-audit', '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      "error: unknown option '--bogus'",
      'Usage: pnpm admin verify-audit [options]  (--help for details)',
    ]);
  });

  it.each([
    [['frob'], /^error: unknown command 'frob'/],
    [
      ['retention', '--organisation', 'not-a-uuid'],
      /^error: option '--organisation <id>' argument 'not-a-uuid' is invalid/,
    ],
    [['verify-audit', '--anchor', `3:${'a'.repeat(64)}`], /^error: --anchor needs --organisation/],
    [['create-organisation', '--name', 'X'], /^error: required option '--kind <kind>' not specified/],
    [['create-organisation', '--kind', 'castle'], /^error: option '--kind <kind>' argument 'castle' is invalid/],
    [['retention', 'extra'], /^error: too many arguments/],
  ])('bad usage %j: exit 2 with a one-line error', async (args, message) => {
    const { code, stderr } = await admin(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    noStack(stderr);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const { code, stderr } = await admin([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: pnpm admin [options] [command]');
  });

  it('a command that cannot reach its database: exit 1, the cause in one line, no stack', async () => {
    const { code, stderr } = await admin(['retention', '--dry-run']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pnpm admin: /);
    noStack(stderr);
  });
});
