"""The loopback ModelsLab-compatible server (bench/java/.../BenchServer.java), started and steered from here."""

import json
import subprocess
import urllib.request


class LoopbackServer:
    """Started on 127.0.0.1 with an ephemeral port; stops when closed (its standard input is its lifeline)."""

    def __init__(self, java, classes):
        self.process = subprocess.Popen([java, "-XX:+UseSerialGC", "-cp", classes,
                                         "dev.imgedit.bench.server.BenchServer"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self.close()
            raise RuntimeError("the loopback server did not start")

    def configure(self, latency_ms=0, eta=0.0, work=None, output="1024x768"):
        """eta: the seconds a submit announces (0: done at once); work: the seconds a job really takes."""
        settings = f"latency_ms={latency_ms}&eta={eta}&work={eta if work is None else work}&output={output}"
        self._post("/bench/config", settings)
        self.reset()

    def reset(self):
        self._post("/bench/reset", "")

    def stats(self):
        with urllib.request.urlopen(self.base_url + "/bench/stats", timeout=10) as reply:
            return json.load(reply)

    def _post(self, path, body):
        request = urllib.request.Request(self.base_url + path, data=body.encode(), method="POST")
        with urllib.request.urlopen(request, timeout=10) as reply:
            reply.read()

    def close(self):
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
