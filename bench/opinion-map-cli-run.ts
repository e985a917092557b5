/**
 * Child process for the opinion-map benchmark: runs `medskapa opinion-map` with the given arguments, then prints
 * its own peak RSS and CPU time as JSON (the command's JSON output holds the timings of its phases).
 */
import { run } from '../src/cli/commands/opinion-map';

const code = await run(process.argv.slice(2));
const cpu = process.cpuUsage();
console.log(
	JSON.stringify({ code, peakRssBytes: process.resourceUsage().maxRSS * 1024, cpuMs: (cpu.user + cpu.system) / 1000 })
);
