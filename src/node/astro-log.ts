/**
 * Astro logs some content problems (a missing `reference()` target, a render error in one entry)
 * and still exits 0. The build treats any warning or error line in Astro's output as a failure,
 * as Hugo's panicOnWarning does.
 */
const COMPLAINT = /\[(?:WARN|ERROR)\]/g;

/** How many warnings and errors a chunk of Astro's log output reports. */
export function countAstroComplaints(output: string): number {
  return output.match(COMPLAINT)?.length ?? 0;
}
