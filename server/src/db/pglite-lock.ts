import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * One process at a time on an embedded database folder. PGlite runs PostgreSQL in single-user mode
 * inside the process and does not lock its folder (its postmaster.pid is a placeholder), so a second
 * process opening it — an admin command while the server runs — would write the same files behind
 * the first one's back. `<dataDir>.lock` holds the owner's pid; a lock whose process is gone (a crash,
 * a container restart reusing pid 1) is taken over.
 */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (the server?). Stop it first; ` +
        `if no such process runs Percée, delete ${lockPath(dataDir)}.`,
    );
    this.name = 'DataDirInUse';
  }
}

const lockPath = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`;
/** Folders this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws `DataDirInUse`; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = lockPath(dataDir);
  if (held.has(file)) throw new DataDirInUse(dataDir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      // Our own pid in the file is a leftover of an earlier process (pid reuse): we hold nothing yet.
      if (Number.isSafeInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new DataDirInUse(dataDir, owner);
      }
      rmSync(file, { force: true });
    }
  }
  held.add(file);
  return () => {
    held.delete(file);
    rmSync(file, { force: true });
  };
}
