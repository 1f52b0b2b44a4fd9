"""Detached CAdES-BES signatures over the package's tag manifest, made with pyHanko.

:class:`RsaCadesSigner` is the RSA implementation of :class:`signing.keys.Signer`: PKCS#1 v1.5
with SHA-256, signed attributes content-type, message-digest, signing-time and
signing-certificate-v2 (CAdES-BES), the whole certificate chain embedded, DER, binary content.
When a timestamp authority is configured, an RFC 3161 signature timestamp is added as an unsigned
attribute; if the TSA cannot be reached the signature is made anyway and
:func:`add_timestamp` can add the timestamp later without touching the signed bytes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import urllib.request
from pathlib import Path

from asn1crypto import algos, cms, tsp
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes, SimpleSigner
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko_certvalidator.registry import SimpleCertificateStore

from audio.durable import write_atomically
from audio.os_errors import os_error_name
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.keys import KeyInfo, OpenedKey, SignOutcome

SIGNED_FILE = "tagmanifest-sha256.txt"
SIGNATURE_FILE = "tagmanifest-sha256.txt.p7s"
TSA_TIMEOUT_SECONDS = 10


class TimestampUnavailable(Exception):
    """The TSA could not be reached or refused; the message says why."""


class UrllibTimeStamper(TimeStamper):
    """RFC 3161 over HTTP POST with the standard library (no extra HTTP client needed)."""

    def __init__(self, url: str, timeout: float = TSA_TIMEOUT_SECONDS) -> None:
        super().__init__()
        self.url = url
        self.timeout = timeout

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        def post() -> bytes:
            request = urllib.request.Request(
                self.url,
                data=req.dump(),
                headers={"Content-Type": "application/timestamp-query"},
                method="POST",
            )
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                if resp.headers.get("Content-Type") != "application/timestamp-reply":
                    raise TimestampRequestError("the server did not answer with a timestamp")
                data: bytes = resp.read()
                return data

        return tsp.TimeStampResp.load(await asyncio.to_thread(post))


def _asn1_cert(cert: object) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))  # type: ignore[attr-defined]


class RsaCadesSigner:
    """Signs with an RSA key held in memory (see :class:`signing.keys.Signer`)."""

    def __init__(self, opened: OpenedKey) -> None:
        self._opened = opened
        store = SimpleCertificateStore()
        store.register_multiple([_asn1_cert(c) for c in opened.chain])
        key_der = opened.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self._signer = SimpleSigner(
            signing_cert=_asn1_cert(opened.certificate),
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=store,
            signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
            embed_roots=True,
        )

    @property
    def info(self) -> KeyInfo:
        return self._opened.info

    def sign_detached(self, content: bytes, tsa_url: str | None = None) -> SignOutcome:
        problem = ""
        if tsa_url:
            try:
                return SignOutcome(self._sign(content, UrllibTimeStamper(tsa_url)), True)
            except (OSError, TimestampRequestError, ValueError) as e:
                problem = _tsa_problem(tsa_url, e)
        return SignOutcome(self._sign(content, None), False, problem)

    def _sign(self, content: bytes, timestamper: TimeStamper | None) -> bytes:
        attrs = PdfCMSSignedAttributes(signing_time=dt.datetime.now(dt.UTC))
        ci = asyncio.run(
            self._signer.async_sign_general_data(
                content,
                "sha256",
                detached=True,
                use_cades=True,
                timestamper=timestamper,
                signed_attr_settings=attrs,
            )
        )
        der: bytes = ci.dump()
        return der


def _tsa_problem(url: str, e: BaseException) -> str:
    reason = getattr(e, "reason", None) or e
    return msg("Signing", QT_TRANSLATE_NOOP(
        "Signing", "the timestamp authority {url} could not be used ({reason}). The package is "
        "signed without a timestamp; add it later, once the TSA is reachable, with `zhazba seal "
        "PACKAGE --timestamp-only --tsa URL`."),
        url=url, reason=os_error_name(reason) if isinstance(reason, OSError) else str(reason),
    )  # fmt: skip


def read_signature(path: str | Path) -> cms.ContentInfo:
    """Load a DER CMS signature file; ValueError when it is not one."""
    data = Path(path).read_bytes()
    try:
        ci = cms.ContentInfo.load(data, strict=True)
        if ci["content_type"].native != "signed_data":
            raise ValueError(f"it holds {ci['content_type'].native}, not a signature")
        _ = ci["content"]["signer_infos"][0]["signature"].native  # parse down to the signer
    except Exception as e:
        raise ValueError(f"not a readable CMS signature: {e}") from e
    return ci


def has_timestamp(ci: cms.ContentInfo) -> bool:
    si = ci["content"]["signer_infos"][0]
    attrs = si["unsigned_attrs"]
    if not attrs:
        return False
    return any(a["type"].native == "signature_time_stamp_token" for a in attrs)


def add_timestamp(package: str | Path, tsa_url: str) -> bool:
    """Add an RFC 3161 signature timestamp to a package signed without one.

    Returns False when the signature already has one. The timestamp covers the signature value
    only, so the signed attributes and every hash stay as they are. The new file is written next
    to the old one, fsynced and renamed over it. Raises :class:`TimestampUnavailable`.
    """
    path = Path(package) / SIGNATURE_FILE
    ci = read_signature(path)
    if has_timestamp(ci):
        return False
    si = ci["content"]["signer_infos"][0]
    digest = hashlib.sha256(si["signature"].native).digest()
    try:
        token = asyncio.run(UrllibTimeStamper(tsa_url).async_timestamp(digest, "sha256"))
    except (OSError, TimestampRequestError, ValueError) as e:
        raise TimestampUnavailable(_tsa_problem(tsa_url, e)) from e
    attr = cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]})
    old = list(si["unsigned_attrs"]) if si["unsigned_attrs"] else []
    si["unsigned_attrs"] = cms.CMSAttributes(old + [attr])
    write_atomically(path, ci.dump(force=False))
    return True


__all__ = [
    "SIGNATURE_FILE",
    "SIGNED_FILE",
    "RsaCadesSigner",
    "TimestampUnavailable",
    "add_timestamp",
    "has_timestamp",
    "read_signature",
]
