import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who is running a run of a SQLite store, so that a new run marks interrupted only the runs whose
 * process is gone (what PostgreSQL's session locks give the other backend). The owner is recorded with
 * the run as JSON: machine, process id and the store instance (several may be open in one process).
 */
interface Owner {
  readonly host: string;
  readonly pid: number;
  readonly instance: string;
}

/** Store instances open in this process: a run owned by one of them is alive. */
const openInstances = new Set<string>();

export function registerInstance(): string {
  const instance = randomUUID();
  openInstances.add(instance);
  return instance;
}

export function releaseInstance(instance: string): void {
  openInstances.delete(instance);
}

export const ownerOf = (instance: string): string => JSON.stringify({ host: hostname(), pid: process.pid, instance } satisfies Owner);

function parse(owner: string | null): Owner | null {
  if (owner === null) return null;
  try {
    const o = JSON.parse(owner) as Partial<Owner>;
    return typeof o.host === 'string' && typeof o.pid === 'number' && typeof o.instance === 'string' ? (o as Owner) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the process that began a run may still be running it. A run recorded without an owner (a
 * store from before owners were kept) is not; a run of another machine is taken to be, since its
 * process cannot be checked from here.
 */
export function ownerAlive(owner: string | null): boolean {
  const o = parse(owner);
  if (o === null) return false;
  if (o.host !== hostname()) return true;
  if (o.pid === process.pid) return openInstances.has(o.instance);
  try {
    process.kill(o.pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
