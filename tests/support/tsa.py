"""A local RFC 3161 timestamp authority for tests: HTTP on 127.0.0.1, answers from `openssl ts`.

Each POSTed query is written to a temporary file and answered by ``openssl ts -reply`` with the
test PKI's TSA certificate, exactly as a real TSA would answer over HTTP
(``application/timestamp-query`` in, ``application/timestamp-reply`` out).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from tests.support.pki import Issued

_CONFIG = """\
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.crt
certs = $dir/chain.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


class LocalTSA:
    """Start with ``with LocalTSA(pki.tsa) as tsa: tsa.url``; counts the replies it gave."""

    def __init__(self, tsa: Issued) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="zhazba-tsa-"))
        (self._dir / "tsa.key").write_bytes(tsa.key_pem())
        (self._dir / "tsa.crt").write_bytes(tsa.cert_pem())
        (self._dir / "chain.pem").write_bytes(
            b"".join(c.public_bytes(Encoding.PEM) for c in tsa.chain)
        )
        (self._dir / "serial").write_text("01\n")
        (self._dir / "tsa.cnf").write_text(_CONFIG.format(dir=self._dir))
        self.replies = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                reply = outer._reply(body)
                if reply is None:
                    self.send_response(500)
                    self.end_headers()
                    return
                outer.replies += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/tsa"
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _reply(self, query: bytes) -> bytes | None:
        with self._lock, tempfile.TemporaryDirectory(dir=self._dir) as tmp:
            q, r = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
            q.write_bytes(query)
            done = subprocess.run(
                ["openssl", "ts", "-reply", "-config", str(self._dir / "tsa.cnf")]
                + ["-queryfile", str(q), "-out", str(r)],
                capture_output=True,
            )
            return r.read_bytes() if done.returncode == 0 else None

    def __enter__(self) -> LocalTSA:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        shutil.rmtree(self._dir, ignore_errors=True)
