"""Whole-process measurements: wall time from start to exit and peak RSS, from the kernel's own accounting (wait4)."""

import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    started_epoch: float
    wall_seconds: float
    cpu_seconds: float
    peak_mib: float
    exit_code: int
    stdout: str
    stderr: str


def run(argv, env=None, cwd=None, stdin_text=None):
    """Runs argv to its end; its output goes to files (no pipe can stall it) and is returned."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as stdin:
        if stdin_text is not None:
            stdin.write(stdin_text.encode())
            stdin.seek(0)
        started = time.time()
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, cwd=cwd, stdin=stdin, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is in KiB on Linux: the largest resident set of the process (a launcher that execs is one).
        return Run(started, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode,
                   out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def checked(result, what):
    if result.exit_code != 0:
        raise RuntimeError(f"{what} exited {result.exit_code}: {result.stderr.strip()[-800:]}")
    return result


@dataclass(frozen=True)
class Figures:
    """Medians of repeated runs; with a comparison, the median of the ratios of runs made in turn."""
    wall_seconds: float
    peak_mib: float
    runs: int
    other_wall_seconds: float = None
    other_peak_mib: float = None
    wall_ratio: float = None
    cpu_ratio: float = None


def repeat(command, runs, warmups=1):
    """command() -> Run, started warmups + runs times; the warm-up runs are not counted."""
    for _ in range(warmups):
        command()
    results = [command() for _ in range(runs)]
    return Figures(statistics.median(r.wall_seconds for r in results),
                   statistics.median(r.peak_mib for r in results), runs)


def in_turn(command_a, command_b, runs, warmups=1):
    """A B A B ...: each ratio compares two runs made moments apart, so drift in the machine's speed cancels."""
    for _ in range(warmups):
        command_a()
        command_b()
    pairs = [(command_a(), command_b()) for _ in range(runs)]
    return Figures(statistics.median(a.wall_seconds for a, _ in pairs),
                   statistics.median(a.peak_mib for a, _ in pairs), runs,
                   statistics.median(b.wall_seconds for _, b in pairs),
                   statistics.median(b.peak_mib for _, b in pairs),
                   statistics.median(a.wall_seconds / b.wall_seconds for a, b in pairs),
                   statistics.median(a.cpu_seconds / b.cpu_seconds for a, b in pairs))
