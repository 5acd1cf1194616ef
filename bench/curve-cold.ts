/**
 * One two-curve analysis in a fresh process (the action's: analyse base and head, compare), printed as JSON
 * {wall, cpu} in milliseconds. Run by bench/startup.sh once per round; the modules are loaded before the clock
 * starts, as they are in the action before it reaches the curves.
 */
import { analyseTwo } from './curve-speed.js';

console.log(JSON.stringify(analyseTwo(process.env.MLGATE_ROOT ?? process.cwd())));
