// Loaded into a measured build (node --import): on exit, appends the CPU time the process used,
// on every core, in seconds, to the file FOS_CPU_FILE names. Plain JavaScript, so node loads it
// before any TypeScript loader.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.FOS_CPU_FILE, `${(user + system) / 1e6}\n`);
});
