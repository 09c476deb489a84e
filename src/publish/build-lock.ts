/**
 * One build at a time per cache folder: two at once would write the same cache and the same
 * output. The lock is a file holding the builder's process id, made with O_EXCL so that only one
 * process can create it; a lock whose process has gone (a build killed with SIGKILL) is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

/** @throws {BuildLockedError} when another live process holds the lock. */
export function acquireBuildLock(cacheDir: string): { release(): void } {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, 'build.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new BuildLockedError(`another build (process ${holder}) is running with the caches in ${cacheDir}: wait for it to finish, or stop it (an \`npm run build -- --watch\` holds them until Ctrl-C)`);
      }
      rmSync(file, { force: true });
    }
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      try {
        if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
      } catch {
        // already gone
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
