/**
 * Runs commands side by side (the machines have two cores) and fails if any fails, printing each
 * command's output in one piece when it ends so the logs do not interleave.
 * Usage: node scripts/parallel.ts "npx astro check --noSync" "npm run lint"
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);

function run(command: string): Promise<{ command: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      resolve({ command, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const results = await Promise.all(commands.map(run));
for (const result of results) {
  console.log(`\n> ${result.command}: ${result.code === 0 ? 'passed' : `failed (exit ${result.code})`} in ${result.seconds.toFixed(1)} s`);
  if (result.output.trim()) console.log(result.output.trimEnd());
}
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
