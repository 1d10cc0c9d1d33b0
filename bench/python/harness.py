"""imgedit's benchmarks (docs/performance.md): prints one table of medians and same-run ratios. Started by
bench/run.sh, which builds what it needs first.

Each row of issue 12: (1) warm library overhead against bare HTTP, (2) cold CLI against ModelsLab's Python SDK,
(3) batch throughput, (4) peak memory of a 12-megapixel edit, (5) requests per job and how soon a finished job is
noticed. A row that cannot run says why instead of a figure.
"""

import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile

import processes
from loopback import LoopbackServer
from report import Row, Table

PROMPT = "It's now snowing, everything is covered in snow"
SDK_VARIABLE = "MODELSLAB_PY"
POLL_MIN_INTERVAL_MS = 500  # the ModelsLab provider's default MODELSLAB_POLL_MIN_INTERVAL


def main():
    arguments = parse_arguments()
    work = tempfile.mkdtemp(prefix="imgedit-bench-")
    bench = Bench(arguments, work)
    table = Table(machine_line(arguments.java))
    start_load = os.getloadavg()[0]
    try:
        with LoopbackServer(arguments.java, arguments.classes) as server:
            bench.server = server
            for number in arguments.rows:
                print(f"bench: row {number}...", file=sys.stderr, flush=True)
                table.extend(getattr(bench, f"row{number}")())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table.note(f"Load average over the last minute: {start_load:.1f} at the start, {os.getloadavg()[0]:.1f} at the "
               f"end (a busy machine slows both sides of a ratio, but not always alike).")
    text = table.markdown()
    print(text)
    if arguments.out:
        with open(arguments.out, "w") as file:
            file.write(text)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--imgedit", required=True, help="the distribution's bin/imgedit")
    parser.add_argument("--java", required=True)
    parser.add_argument("--classes", required=True, help="classpath of the benchmark's own classes and lib/*")
    parser.add_argument("--image", required=True, help="the input of rows 1, 2 and 5")
    parser.add_argument("--runs", type=int, default=11, help="counted runs per cold measurement (default 11)")
    parser.add_argument("--latency", type=int, default=0, help="ms the server adds to every answer (default 0)")
    parser.add_argument("--rows", default="1,2,3,4,5", help="which rows, e.g. 2,5")
    parser.add_argument("--out", help="also write the table to this file")
    arguments = parser.parse_args()
    arguments.rows = [int(number) for number in arguments.rows.split(",")]
    return arguments


def machine_line(java):
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return (f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, {version.strip()}, "
            f"Python {platform.python_version()}")


class Bench:
    def __init__(self, arguments, work):
        self.arguments = arguments
        self.work = work
        self.server = None
        self.counter = 0

    # -- environments and commands --------------------------------------------------------------------------

    def environment(self, **extra):
        env = {name: value for name, value in os.environ.items()
               if not name.startswith(("IMGEDIT_", "MODELSLAB_"))}
        env["IMGEDIT_FAKE_JOB_DIRECTORY"] = os.path.join(self.work, "fake-jobs")
        env.update(extra)
        return env

    def modelslab_environment(self, **extra):
        return self.environment(MODELSLAB_API_KEY="bench-key", MODELSLAB_BASE_URL=self.server.base_url, **extra)

    def output(self, suffix=".png"):
        self.counter += 1
        return os.path.join(self.work, f"out-{self.counter}{suffix}")

    def imgedit(self, *args, env, image=None):
        """A command that runs imgedit args, or with image an edit of it into a new output file each time."""
        def command():
            argv = [self.arguments.imgedit, *args]
            if image is not None:
                argv += ["edit", "-i", image, "-p", PROMPT, "-o", self.output()]
            return processes.checked(processes.run(argv, env=env, cwd=self.work), " ".join(argv[1:3]))
        return command

    def sdk(self, checkout):
        argv = [sys.executable, os.path.join(os.path.dirname(__file__), "sdk_edit.py"), self.server.base_url,
                self.arguments.image, PROMPT]
        env = self.environment(MODELSLAB_API_KEY="bench-key", PYTHONPATH=checkout)
        return lambda: processes.checked(processes.run(argv + [self.output()], env=env, cwd=self.work), "sdk_edit")

    # -- the rows ---------------------------------------------------------------------------------------------

    def row1(self):
        self.server.configure(latency_ms=self.arguments.latency, eta=0.001)
        result = subprocess.run([self.arguments.java, "-cp", self.arguments.classes, "dev.imgedit.bench.WarmOverhead",
                                 self.server.base_url, self.arguments.image, "300", "300"],
                                capture_output=True, text=True, check=True)
        values = {name: float(value) for name, value in (pair.split("=") for pair in result.stdout.split())}
        return [Row("1", "warm edit in one JVM (upload, submit, 1 poll, download)", f"{values['library_ms']:.2f} ms",
                    f"bare HttpURLConnection {values['floor_ms']:.2f} ms", values["ratio"], "<= 1.1x floor",
                    values["ratio"] <= 1.1)]

    def row2(self):
        runs = self.arguments.runs
        self.server.configure(latency_ms=self.arguments.latency, eta=0)
        modelslab = self.modelslab_environment()
        image = self.arguments.image
        rows = []
        first = processes.run([self.arguments.imgedit, "edit", "-i", image, "-p", PROMPT, "-o", self.output()],
                              env=modelslab, cwd=self.work)
        rows.append(Row("2", "first cold edit, ModelsLab (records classes, builds the archive)",
                        f"{first.wall_seconds:.2f} s", "", None, "once per JDK and lib/", None))
        version = processes.repeat(self.imgedit("--version", env=modelslab), runs)
        rows.append(Row("2", "cold `imgedit --version`", seconds(version), "", None, "< 0.15 s",
                        version.wall_seconds < 0.15, peak=version.peak_mib))
        fake = processes.repeat(self.imgedit(env=self.environment(IMGEDIT_PROVIDER="fake"), image=image), runs)
        rows.append(Row("2", "cold edit, fake provider", seconds(fake), "", None, "", None, peak=fake.peak_mib))
        no_archive = processes.in_turn(self.imgedit(env=modelslab, image=image),
                                       self.imgedit(env=self.modelslab_environment(IMGEDIT_CLASS_ARCHIVE="off"),
                                                    image=image), runs)
        rows.append(Row("2", "cold edit, ModelsLab: archive against none", seconds(no_archive),
                        f"no archive {no_archive.other_wall_seconds:.3f} s (CPU ratio {no_archive.cpu_ratio:.2f}x)",
                        no_archive.wall_ratio, "", None, peak=no_archive.peak_mib))
        checkout = os.environ.get(SDK_VARIABLE)
        unusable = sdk_problem(checkout)
        if unusable:
            rows.append(Row("2", "cold edit, ModelsLab, against the Python SDK", "skipped", unusable, None,
                            "<= 0.7x", None))
            return rows
        against = processes.in_turn(self.imgedit(env=modelslab, image=image), self.sdk(checkout), runs)
        rows.append(Row("2", "cold edit, ModelsLab, against the Python SDK", seconds(against),
                        f"SDK {against.other_wall_seconds:.3f} s, {against.other_peak_mib:.0f} MiB (CPU ratio "
                        f"{against.cpu_ratio:.2f}x)", against.wall_ratio, "<= 0.7x", against.wall_ratio <= 0.7,
                        peak=against.peak_mib))
        return rows

    def row3(self):
        probe = processes.run([self.arguments.imgedit, "batch", "--help"], env=self.environment(), cwd=self.work)
        if probe.exit_code != 0 or "imgedit batch" not in probe.stdout:
            reason = "no `imgedit batch` yet (issue 10)"
            return [Row("3", "batch: 200 edits, 8 in flight, 300 ms each", "skipped", reason, None, "<= 1.05x ideal",
                        None),
                    Row("4", "peak RSS, 200-item batch", "skipped", reason, None, "< 300 MiB", None)]
        inputs = os.path.join(self.work, "batch-in")
        subprocess.run([self.arguments.java, "-cp", self.arguments.classes, "dev.imgedit.bench.SyntheticPhoto",
                        inputs, "256", "192", "4", "200"], check=True)
        self.server.configure(latency_ms=self.arguments.latency, eta=0.3, output="256x192")
        ideal = math.ceil(200 / 8) * 0.3
        result = processes.checked(processes.run(
            [self.arguments.imgedit, "batch", "--dir", inputs, "--prompt", PROMPT, "--out",
             os.path.join(self.work, "batch-out"), "--concurrency", "8"], env=self.modelslab_environment(),
            cwd=self.work), "batch")
        stats = self.server.stats()
        ratio = result.wall_seconds / ideal
        return [Row("3", "batch: 200 edits, 8 in flight, 300 ms each", f"{result.wall_seconds:.2f} s",
                    f"ideal {ideal:.2f} s; server saw at most {stats['max_in_flight']} in flight", ratio,
                    "<= 1.05x ideal", ratio <= 1.05),
                Row("4", "peak RSS, 200-item batch", f"{result.peak_mib:.0f} MiB", "", None, "< 300 MiB",
                    result.peak_mib < 300)]

    def row4(self):
        self.server.configure(latency_ms=self.arguments.latency, eta=0)
        rows = []
        for grain, what in ((12, "fits the 5 MB upload as it is"), (48, "over the 5 MB upload limit")):
            photo = os.path.join(self.work, f"photo-12mp-{grain}.jpg")
            subprocess.run([self.arguments.java, "-cp", self.arguments.classes, "dev.imgedit.bench.SyntheticPhoto",
                            photo, "4000", "3000", str(grain)], check=True)
            megabytes = os.path.getsize(photo) / 1e6
            results = [processes.run([self.arguments.imgedit, "edit", "-i", photo, "-p", PROMPT, "-o", self.output()],
                                     env=self.modelslab_environment(), cwd=self.work) for _ in range(3)]
            peak = sorted(r.peak_mib for r in results)[1]
            failed = [r for r in results if r.exit_code != 0]
            label = f"peak RSS, ModelsLab edit of a 12 MP, {megabytes:.1f} MB JPEG ({what})"
            if failed:
                reason = failed[0].stderr.strip().splitlines()[-1]
                rows.append(Row("4", label, f"exit {failed[0].exit_code}", reason[:110] + "...", None, "< 256 MiB",
                                False, peak=peak))
            else:
                rows.append(Row("4", label, f"{peak:.0f} MiB", "", None, "< 256 MiB", peak < 256))
        return rows

    def row5(self):
        rows = []
        for eta, work, what in ((2.0, 2.0, "eta right"), (1.0, 3.0, "eta too short"), (3.0, 1.0, "eta too long")):
            self.server.configure(latency_ms=self.arguments.latency, eta=eta, work=work)
            processes.checked(processes.run([self.arguments.imgedit, "edit", "-i", self.arguments.image, "-p", PROMPT,
                                             "-o", self.output()], env=self.modelslab_environment(), cwd=self.work),
                              "edit")
            stats = self.server.stats()
            job = stats["jobs"][0]
            requests = stats["uploads"] + stats["submits"] + stats["fetches"] + stats["downloads"]
            minimum = 1 + 1 + (1 if work <= eta else 2) + 1
            noticed = job["noticed_ms"]
            met = requests <= minimum + 1 and noticed is not None and noticed <= POLL_MIN_INTERVAL_MS
            rows.append(Row("5", f"requests per job, {what} (eta {eta:g} s, ready after {work:g} s)",
                            f"{requests} requests, noticed {noticed:.0f} ms after ready",
                            f"minimum {minimum}", None, "<= min + 1; noticed <= 500 ms", met))
        return rows


def sdk_problem(checkout):
    """Why the SDK given by MODELSLAB_PY cannot run, or None."""
    if not checkout or not os.path.isdir(os.path.join(checkout, "modelslab_py")):
        return f"set {SDK_VARIABLE} to a source checkout of ModelsLab/modelslab-py"
    probe = subprocess.run([sys.executable, "-c", "import modelslab_py.providers.bfl.api"], capture_output=True,
                           text=True, env=dict(os.environ, PYTHONPATH=checkout))
    if probe.returncode != 0:
        return f"the SDK in {SDK_VARIABLE} does not import: {probe.stderr.strip().splitlines()[-1]}"
    return None


def seconds(figures):
    return f"{figures.wall_seconds:.3f} s"


if __name__ == "__main__":
    main()
