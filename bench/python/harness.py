"""imgedit's benchmarks (docs/performance.md): prints one table of medians and same-run ratios. Started by
bench/run.sh, which builds what it needs first.

Each row of issue 12: (1) warm library overhead against bare HTTP, (2) cold CLI against ModelsLab's Python SDK,
(3) batch throughput, (4) peak memory of a 12-megapixel edit and of the batch, (5) requests per job and how soon a
finished job is noticed. A row that cannot run says why instead of a figure. With --baseline, another build's
distribution is measured in turn with this one (A B A B) in rows 1, 2, 3 and 5, for a change's before and after.
"""

import argparse
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

import processes
from loopback import LoopbackServer
from report import Row, Table

PROMPT = "It's now snowing, everything is covered in snow"
SDK_VARIABLE = "MODELSLAB_PY"
POLL_MIN_INTERVAL_MS = 500  # the ModelsLab provider's default MODELSLAB_POLL_MIN_INTERVAL
BATCH_ITEMS = 200
BATCH_IN_FLIGHT = 8
BATCH_JOB_SECONDS = 0.3


def main():
    arguments = parse_arguments()
    work = tempfile.mkdtemp(prefix="imgedit-bench-")
    bench = Bench(arguments, work)
    table = Table(machine_line(arguments.java))
    start_load = os.getloadavg()[0]
    try:
        with LoopbackServer(arguments.java, f"{arguments.classes}:{arguments.lib}/*") as server:
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
    parser.add_argument("--classes", required=True, help="classpath of the benchmark's own classes (without lib/)")
    parser.add_argument("--lib", required=True, help="the distribution's lib/ folder")
    parser.add_argument("--image", required=True, help="the input of rows 1, 2 and 5")
    parser.add_argument("--runs", type=int, default=11, help="counted runs per cold measurement (default 11)")
    parser.add_argument("--latency", type=int, default=0, help="ms the server adds to every answer (default 0)")
    parser.add_argument("--rows", default="1,2,3,4,5", help="which rows, e.g. 2,5")
    parser.add_argument("--batch-runs", type=int, default=3, help="counted runs of the 200-item batch (default 3)")
    parser.add_argument("--baseline", help="another build's distribution folder (with bin/imgedit and lib/), "
                                           "measured in turn with this one")
    parser.add_argument("--out", help="also write the table to this file")
    arguments = parser.parse_args()
    arguments.rows = [int(number) for number in arguments.rows.split(",")]
    if arguments.baseline:
        arguments.baseline = os.path.abspath(arguments.baseline)
        if not os.access(os.path.join(arguments.baseline, "bin", "imgedit"), os.X_OK):
            parser.error(f"--baseline {arguments.baseline} has no bin/imgedit: give a distribution folder, such as "
                         f"a copy of cli-app/target/imgedit made before the change")
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
        # The runs' journal entries belong to the benchmark's folder, not to the user's journal.
        env["XDG_STATE_HOME"] = os.path.join(self.work, "state")
        env.update(extra)
        return env

    def modelslab_environment(self, **extra):
        return self.environment(MODELSLAB_API_KEY="bench-key", MODELSLAB_BASE_URL=self.server.base_url, **extra)

    def output(self, suffix=".png"):
        self.counter += 1
        return os.path.join(self.work, f"out-{self.counter}{suffix}")

    def classpath(self, lib):
        return f"{self.arguments.classes}:{lib}/*"

    def builds(self):
        """(label, bin/imgedit, lib/) of this build, then of the baseline when there is one."""
        builds = [("", self.arguments.imgedit, self.arguments.lib)]
        if self.arguments.baseline:
            builds.append(("baseline", os.path.join(self.arguments.baseline, "bin", "imgedit"),
                           os.path.join(self.arguments.baseline, "lib")))
        return builds

    def imgedit(self, *args, env, image=None, binary=None):
        """A command that runs imgedit args, or with image an edit of it into a new output file each time."""
        def command():
            argv = [binary or self.arguments.imgedit, *args]
            if image is not None:
                argv += ["edit", "-i", image, "-p", PROMPT, "-o", self.output()]
            return processes.checked(processes.run(argv, env=env, cwd=self.work), " ".join(argv[1:3]))
        return command

    def sdk(self, checkout):
        argv = [sys.executable, os.path.join(os.path.dirname(__file__), "sdk_edit.py"), self.server.base_url,
                self.arguments.image, PROMPT]
        env = self.environment(MODELSLAB_API_KEY="bench-key", PYTHONPATH=checkout)
        return lambda: processes.checked(processes.run(argv + [self.output()], env=env, cwd=self.work), "sdk_edit")

    def synthetic_photos(self, *args):
        subprocess.run([self.arguments.java, "-cp", self.classpath(self.arguments.lib),
                        "dev.imgedit.bench.SyntheticPhoto", *map(str, args)], check=True)

    # -- the rows ---------------------------------------------------------------------------------------------

    def row1(self):
        self.server.configure(latency_ms=self.arguments.latency, eta=0.001)
        rows = []
        pairs = 3 if self.arguments.baseline else 1
        figures = {label: [] for label, _, _ in self.builds()}
        for _ in range(pairs):
            for label, _, lib in self.builds():
                result = subprocess.run([self.arguments.java, "-cp", self.classpath(lib),
                                         "dev.imgedit.bench.WarmOverhead", self.server.base_url, self.arguments.image,
                                         "300", "300"], capture_output=True, text=True, check=True)
                figures[label].append({name: float(value)
                                       for name, value in (pair.split("=") for pair in result.stdout.split())})
        values = {name: statistics.median(run[name] for run in figures[""]) for name in figures[""][0]}
        rows.append(Row("1", "warm edit in one JVM (upload, submit, 1 poll, download)", f"{values['library_ms']:.2f} ms",
                        f"bare HttpURLConnection {values['floor_ms']:.2f} ms; the same streamed, as a client that "
                        f"never resends a POST must, {values['streamed_floor_ms']:.2f} ms "
                        f"({values['library_ms'] / values['streamed_floor_ms']:.2f}x)",
                        values["ratio"], "<= 1.1x floor", values["ratio"] <= 1.1))
        if self.arguments.baseline:
            ours = [run["library_ms"] for run in figures[""]]
            theirs = [run["library_ms"] for run in figures["baseline"]]
            rows.append(against_baseline("1", "warm edit in one JVM", f"{statistics.median(ours):.2f} ms",
                                         f"{statistics.median(theirs):.2f} ms",
                                         statistics.median(a / b for a, b in zip(ours, theirs)),
                                         f"{pairs} JVMs each, in turn"))
        return rows

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
        if self.arguments.baseline:
            _, baseline, _ = self.builds()[1]
            against = processes.in_turn(self.imgedit(env=modelslab, image=image),
                                        self.imgedit(env=modelslab, image=image, binary=baseline), runs)
            rows.append(against_baseline("2", "cold edit, ModelsLab", seconds(against),
                                         f"{against.other_wall_seconds:.3f} s", against.wall_ratio,
                                         f"CPU ratio {against.cpu_ratio:.2f}x"))
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
        label = f"batch: {BATCH_ITEMS} edits, {BATCH_IN_FLIGHT} in flight, {BATCH_JOB_SECONDS * 1000:.0f} ms each"
        if probe.exit_code != 0 or "imgedit batch" not in probe.stdout:
            reason = "this build has no `imgedit batch`"
            return [Row("3", label, "skipped", reason, None, "<= 1.05x ideal", None),
                    Row("4", f"peak RSS, {BATCH_ITEMS}-item batch", "skipped", reason, None, "< 300 MiB", None)]
        inputs = os.path.join(self.work, "batch-in")
        warmup_inputs = os.path.join(self.work, "batch-warmup-in")
        self.synthetic_photos(inputs, 256, 192, 4, BATCH_ITEMS)
        self.synthetic_photos(warmup_inputs, 256, 192, 4, BATCH_IN_FLIGHT)
        self.server.configure(latency_ms=self.arguments.latency, eta=BATCH_JOB_SECONDS, output="256x192")
        ideal = math.ceil(BATCH_ITEMS / BATCH_IN_FLIGHT) * BATCH_JOB_SECONDS
        runs = {label: [] for label, _, _ in self.builds()}
        for _, binary, _ in self.builds():
            # The warm-up leaves a class-data archive, as a user's second run has.
            self.batch(binary, warmup_inputs)
        for _ in range(self.arguments.batch_runs):
            for build, binary, _ in self.builds():
                runs[build].append(self.batch(binary, inputs))
        ours = runs[""]
        wall = statistics.median(run.wall_seconds for run, _ in ours)
        span = statistics.median(stats["span_ms"] / 1000 for _, stats in ours)
        start_up = statistics.median(stats["first_submit_epoch_ms"] / 1000 - run.started_epoch for run, stats in ours)
        fetches = statistics.median(stats["fetches"] / stats["submits"] for _, stats in ours)
        in_flight = max(stats["max_in_flight"] for _, stats in ours)
        peak = statistics.median(run.peak_mib for run, _ in ours)
        rows = [Row("3", f"{label}, process start to exit", f"{wall:.2f} s",
                    f"ideal {ideal:.2f} s; the first submit {start_up:.2f} s after the start", wall / ideal,
                    "<= 1.05x ideal", wall / ideal <= 1.05),
                Row("3", f"{label}, first submit to last download (the server's view)", f"{span:.2f} s",
                    f"ideal {ideal:.2f} s; {fetches:.2f} fetches per job; at most {in_flight} in flight", span / ideal,
                    "<= 1.05x ideal", span / ideal <= 1.05)]
        if self.arguments.baseline:
            theirs = runs["baseline"]
            rows.append(against_baseline("3", "batch, process start to exit", f"{wall:.2f} s",
                                         f"{statistics.median(run.wall_seconds for run, _ in theirs):.2f} s",
                                         statistics.median(a.wall_seconds / b.wall_seconds
                                                           for (a, _), (b, _) in zip(ours, theirs)),
                                         f"baseline: {statistics.median(s['fetches'] / s['submits'] for _, s in theirs):.2f}"
                                         f" fetches per job, {statistics.median(r.peak_mib for r, _ in theirs):.0f} MiB"))
        rows.append(Row("4", f"peak RSS, {BATCH_ITEMS}-item batch", f"{peak:.0f} MiB", "", None, "< 300 MiB",
                        peak < 300))
        return rows

    def batch(self, binary, inputs):
        """One batch of every image in inputs, into a new folder; its run and what the server saw."""
        self.server.reset()
        result = processes.checked(processes.run(
            [binary, "batch", "--dir", inputs, "--prompt", PROMPT, "--out", self.output(suffix=""),
             "--concurrency", str(BATCH_IN_FLIGHT)], env=self.modelslab_environment(), cwd=self.work), "batch")
        return result, self.server.stats()

    def row4(self):
        self.server.configure(latency_ms=self.arguments.latency, eta=0)
        rows = []
        for grain, what in ((12, "fits the 5 MB upload as it is"), (48, "over the 5 MB upload limit")):
            photo = os.path.join(self.work, f"photo-12mp-{grain}.jpg")
            self.synthetic_photos(photo, 4000, 3000, grain)
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
            minimum = 1 + 1 + (1 if work <= eta else 2) + 1
            seen = {}
            for build, binary, _ in self.builds():
                self.server.reset()
                processes.checked(processes.run([binary, "edit", "-i", self.arguments.image, "-p", PROMPT, "-o",
                                                 self.output()], env=self.modelslab_environment(), cwd=self.work),
                                  "edit")
                stats = self.server.stats()
                seen[build] = (stats["uploads"] + stats["submits"] + stats["fetches"] + stats["downloads"],
                               stats["jobs"][0]["noticed_ms"])
            requests, noticed = seen[""]
            met = requests <= minimum + 1 and noticed is not None and noticed <= POLL_MIN_INTERVAL_MS
            compared = f"minimum {minimum}"
            if "baseline" in seen:
                compared += f"; baseline: {seen['baseline'][0]} requests, noticed {seen['baseline'][1]:.0f} ms after"
            rows.append(Row("5", f"requests per job, {what} (eta {eta:g} s, ready after {work:g} s)",
                            f"{requests} requests, noticed {noticed:.0f} ms after ready", compared, None,
                            "<= min + 1; noticed <= 500 ms", met))
        return rows


def against_baseline(number, what, ours, theirs, ratio, note):
    return Row(number, f"{what}, against the baseline (A B A B)", ours, f"baseline {theirs}; {note}", ratio, "", None)


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
