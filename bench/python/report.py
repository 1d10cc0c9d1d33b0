"""The table the harness prints: one line per measurement, as Markdown, so docs/performance.md can hold it as is."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    row: str
    what: str
    measured: str
    compared_with: str
    ratio: float
    target: str
    met: bool
    peak: float = None


class Table:
    def __init__(self, machine):
        self.machine = machine
        self.rows = []
        self.notes = []

    def extend(self, rows):
        self.rows.extend(rows)

    def note(self, text):
        self.notes.append(text)

    def markdown(self):
        lines = [f"Machine: {self.machine}", "",
                 "| row | measurement | median | compared with (same run) | ratio | peak RSS | target | met |",
                 "|---|---|---|---|---|---|---|---|"]
        for row in self.rows:
            ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
            peak = "" if row.peak is None else f"{row.peak:.0f} MiB"
            met = "" if row.met is None else ("yes" if row.met else "**no**")
            cells = [row.row, row.what, row.measured, row.compared_with, ratio, peak, row.target, met]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        lines.extend(["", *self.notes] if self.notes else [])
        return "\n".join(lines) + "\n"
