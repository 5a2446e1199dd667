/**
 * Peak memory and CPU time of a process and everything it starts (Pagefind's indexer is a child
 * process of the build), read from Linux's /proc every `intervalMs`: memory is the largest sum of
 * the tree's resident sets (VmRSS) seen at once; CPU time is user + system time of the tree
 * (children that ended count through the parent's cutime/cstime), as of the last sample.
 * Elsewhere (no /proc) both are null.
 */
import {readFileSync, readdirSync} from 'node:fs'

/** Clock ticks per second of /proc's times: 100 on every Linux the bench runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100

/** The fields of /proc/<pid>/stat after the command name (which is in parentheses and may hold spaces). */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined // the process ended while we looked
  }
}

/** The process and its descendants. */
function tree(root: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    const fields = /^\d+$/.test(entry) ? statFields(entry) : undefined
    if (fields) parentOf.set(Number(entry), Number(fields[1]))
  }
  const pids = [root]
  for (let i = 0; i < pids.length; i++) for (const [pid, parent] of parentOf) if (parent === pids[i]) pids.push(pid)
  return pids
}

/** A field of /proc/<pid>/status in kB, or 0 when the process is gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** CPU ticks of a process: its own user and system time, plus those of its children that ended, for the root. */
function ticks(pid: number, withEndedChildren: boolean): number {
  const fields = statFields(pid)
  if (!fields) return 0
  // utime, stime, cutime, cstime are fields 14 to 17 of stat; here 0-based after the name, from field 3.
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number)
  return utime + stime + (withEndedChildren ? cutime + cstime : 0)
}

/** Starts sampling `pid`'s tree; `stop()` returns its peak memory in MB and CPU seconds (null without /proc). */
export function sampleProcessTree(pid: number, intervalMs = 100): {stop(): {peakMemoryMB: number | null; cpuSeconds: number | null}} {
  let peakKb = 0
  let cpuTicks = 0
  let available = true
  const sample = () => {
    try {
      const pids = tree(pid)
      const rss = pids.reduce((total, each) => total + statusKb(each, 'VmRSS'), 0)
      // The root's own high-water mark catches a peak between two samples.
      peakKb = Math.max(peakKb, rss, statusKb(pid, 'VmHWM'))
      cpuTicks = Math.max(
        cpuTicks,
        pids.reduce((total, each) => total + ticks(each, each === pid), 0),
      )
    } catch {
      available = false
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      if (!available || peakKb === 0) return {peakMemoryMB: null, cpuSeconds: null}
      return {peakMemoryMB: peakKb / 1024, cpuSeconds: cpuTicks / TICKS_PER_SECOND}
    },
  }
}
