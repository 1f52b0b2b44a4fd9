"""Benchmark: the documents of the longest realistic hearing (40 markers, 5 device losses).

Run from the repository:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_documents.py``.
It writes such a hearing's journal through the real :class:`signing.journal.HearingJournal`
(no audio: documents are made from the journal alone), then renders its brief protocol, act and
incident report as PDF in Kazakh and Russian, ``ZHAZBA_BENCH_ROUNDS`` (5) rounds each, and
prints the median and the page count: the keep-together layout lays a document out again for
every paragraph, row or block it moves, so its cost grows with the page breaks. Figures, not
judgements.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.documents import make_document  # noqa: E402
from signing.journal import HearingJournal  # noqa: E402
from tests.support.documents_fixture import PARTICIPANTS, RATE, hearing_json  # noqa: E402

ROUNDS = int(os.environ.get("ZHAZBA_BENCH_ROUNDS", "5"))


def long_hearing(root: Path) -> Path:
    h = hearing_json(id="2026-12-04_bench_1000")
    folder = root / h["id"]
    (folder / "audio").mkdir(parents=True)
    (folder / "hearing.json").write_text(json.dumps(h, ensure_ascii=False), "utf-8")
    with HearingJournal(folder / "journal.jsonl") as j:
        j.append("hearing_opened", {"hearing": h})
        j.append("recording_started", {"rate": RATE, "channels": 4})
        frame = 0
        for i in range(40):
            frame += 30 * RATE
            p = PARTICIPANTS[i % 4]
            data = {"type": "speech", "speaker": p["name"], "role": p["role"], "note": "Сөз"}
            j.append("marker", {**data, "channel": p["channel"]}, frame=frame)
            if i % 8 == 7:
                j.append("device_lost", {"code": "source_removed", "detail": ""}, frame=frame)
                j.append("device_returned", {"gap_seconds": 1.8 + i / 10}, frame=frame)
        for s in range(1, 7):
            name = f"audio/{s:04d}.flac"
            files = {name: {"sha256": f"{s:02d}" * 32, "bytes": 1, "frames": frame // 6}}
            j.append("segment_closed", {"segment": s, "files": files}, frame=frame)
        j.append("recording_ended", {"frames": frame}, frame=frame)
    return folder


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = long_hearing(Path(tmp))
        for kind in ("protocol", "act", "incident"):
            for lang in ("kk", "ru"):
                out = Path(tmp) / f"{kind}-{lang}.pdf"
                times = []
                for _ in range(ROUNDS):
                    t0 = time.perf_counter()
                    make_document(kind, folder, lang, "pdf", out)
                    times.append(time.perf_counter() - t0)
                info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
                pages = next(
                    (line.split()[-1] for line in info.stdout.splitlines() if "Pages" in line), "?"
                )
                median = statistics.median(times[1:] or times) * 1000
                print(f"{kind:9s} {lang}: {pages} pages, median {median:.0f} ms over {ROUNDS}")


if __name__ == "__main__":
    main()
