/**
 * Peak memory of a process and everything it starts (Pagefind's indexer is a child process of
 * the build), read from Linux's /proc: every `intervalMs` the resident sets (VmRSS) of the
 * process tree are summed, and the largest sum is kept. Elsewhere (no /proc) it reports nothing.
 */
import {readFileSync, readdirSync} from 'node:fs'

/** pid → parent pid, for every process /proc lists. */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      map.set(Number(entry), Number(fields[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  return map
}

/** The process and its descendants. */
function tree(root: number): number[] {
  const parentOf = parents()
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

/** Starts sampling `pid`'s tree; `stop()` returns the peak in MB (or null without /proc). */
export function samplePeakMemory(pid: number, intervalMs = 100): {stop(): number | null} {
  let peakKb = 0
  let available = true
  const sample = () => {
    try {
      const pids = tree(pid)
      // The root's own high-water mark catches a peak between two samples.
      const sum = pids.reduce((total, each) => total + statusKb(each, 'VmRSS'), 0)
      peakKb = Math.max(peakKb, sum, statusKb(pid, 'VmHWM'))
    } catch {
      available = false
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      return available && peakKb > 0 ? peakKb / 1024 : null
    },
  }
}
