/** Help texts mark the options a command cannot run without. */
import type { Command } from 'commander';
import { buildCli } from '../../src/main';

function find(program: Command, path: string[]): Command {
  let cmd = program;
  for (const name of path) {
    const next = cmd.commands.find((c) => c.name() === name);
    if (!next) throw new Error(`no command ${path.join(' ')}`);
    cmd = next;
  }
  return cmd.configureHelp({ helpWidth: 300 }); // one line per option
}

function optionLine(help: string, flag: string): string {
  return help.split('\n').find((l) => l.trimStart().startsWith(flag)) ?? '';
}

describe('help marks required options', () => {
  it.each([
    [['extract'], '--url'],
    [['users', 'add'], '--role'],
    [['webhooks', 'replay'], '--endpoint'],
  ])('%j %s says (required)', (path, flag) => {
    const help = find(buildCli(), path).helpInformation();
    expect(optionLine(help, flag)).toMatch(/\(required\)/);
  });

  it('optional options are not marked', () => {
    const program = buildCli();
    expect(optionLine(find(program, ['extract']).helpInformation(), '--content-type')).not.toMatch(/required/);
    expect(optionLine(find(program, ['doctor']).helpInformation(), '--url')).not.toMatch(/required/);
  });

  it('every requiredOption in the tree is marked, once', () => {
    const walk = (c: Command): Command[] => [c, ...c.commands.flatMap(walk)];
    const required = walk(buildCli()).flatMap((c) => c.options.filter((o) => o.mandatory));
    expect(required.length).toBeGreaterThanOrEqual(3);
    for (const o of required) expect(o.description).toMatch(/(?<!\(required\)) \(required\)$/);
  });
});
