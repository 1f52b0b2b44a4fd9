"""Check the package's detached CAdES signature: intact, valid, trusted, who and when.

pyHanko's generic CMS validation (``async_validate_detached_cms``) checks that the signature
covers exactly the bytes of ``tagmanifest-sha256.txt`` (message digest), that the RSA signature
over the signed attributes holds, the RFC 3161 timestamp if there is one, and builds the path to
a root given with ``--ca``. This module reads the signature, runs that validation and gathers the
verdict in :class:`SignatureCheck`; the bytes outside the signature are checked by
:mod:`app.evidence.signature_structure`, and the time of signing and the trust in the signer at
that time are judged by :mod:`app.evidence.signature_trust` (validity **at the time of signing**,
not today: a recording signed with a then-valid key stays valid after the key expires).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from asn1crypto import cms, pem
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from app.evidence.signature_structure import ISSUER_UNKNOWN, structure_problems
from app.evidence.signature_trust import fmt_utc, judge_key, judge_timestamp, judge_trust
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.cades import read_signature

# pyHanko logs every validation failure as a warning with a traceback; the report says it better.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


@dataclass
class SignatureCheck:
    """What the archivist reads about the signature."""

    present: bool = False
    intact: bool = False  # covers exactly tagmanifest-sha256.txt as it is now
    valid: bool = False  # the cryptographic signature holds
    trusted: bool = False  # chain to a root given with --ca, certificate fit at signing time
    trust_checked: bool = False  # --ca was given
    signer: str = ""
    signer_certificate_sha256: str = ""
    signer_subject: str = ""  # serialNumber=IIN, else the RFC 4514 subject (the account's key)
    issuer: str = ""
    certificate_valid_from: str = ""
    certificate_valid_to: str = ""
    signing_time: str = ""
    signing_time_source: str = ""  # "timestamp" or "station clock"
    timestamp: str = ""
    timestamp_authority: str = ""
    timestamp_valid: bool | None = None
    problems: list[str] | None = None
    notes: list[str] | None = None
    codes: list[str] | None = None  # machine names of the problems, in the same order

    def fail(self, code: str, message: str) -> None:
        assert self.problems is not None and self.codes is not None
        self.problems.append(message)
        self.codes.append(code)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def ok(self) -> bool:
        return self.present and self.intact and self.valid and self.trusted and not self.problems


def load_ca_file(path: str | Path) -> list[asn1_x509.Certificate]:
    """Certificates from a PEM (one or many) or DER file; ValueError with a clear message."""
    data = Path(path).read_bytes()
    certs = []
    try:
        if pem.detect(data):
            for _, _, der in pem.unarmor(data, multiple=True):
                certs.append(asn1_x509.Certificate.load(der))
        else:
            certs.append(asn1_x509.Certificate.load(data))
        for c in certs:
            c.native  # noqa: B018 (forces a full parse)
    except Exception as e:
        raise ValueError(
            f"{path} is not a certificate file ({e}). Give the PEM file with the NCA's root and "
            "intermediate certificates."
        ) from e
    if not certs:
        raise ValueError(f"{path} holds no certificates.")
    return certs


def _signer_cert(sd: cms.SignedData) -> asn1_x509.Certificate | None:
    sid = sd["signer_infos"][0]["sid"]
    for choice in sd["certificates"] or []:
        c = choice.chosen
        if isinstance(c, asn1_x509.Certificate) and sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if c.issuer == ias["issuer"] and c.serial_number == ias["serial_number"].native:
                return c
    return None


def _claimed_times(si: cms.SignerInfo) -> tuple[dt.datetime | None, dt.datetime | None]:
    signing_time = None
    for a in si["signed_attrs"] or []:
        if a["type"].native == "signing_time":
            signing_time = a["values"][0].native
    ts_time = None
    for a in si["unsigned_attrs"] or []:
        if a["type"].native == "signature_time_stamp_token":
            tst = a["values"][0]["content"]["encap_content_info"]["content"].parsed
            ts_time = tst["gen_time"].native
    return signing_time, ts_time


def check_signature(
    signature_file: Path, content_file: Path, ca_certs: list[asn1_x509.Certificate] | None
) -> SignatureCheck:
    out = SignatureCheck(problems=[], notes=[], codes=[])
    try:
        _check(out, signature_file, content_file, ca_certs)
    except Exception as e:  # hostile input must give a verdict, never a crash
        # asn1crypto parses lazily, so a damaged inner part only shows when it is reached
        out.valid = out.intact = out.trusted = False
        out.fail(
            "signature_damaged",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier", "the signature file is damaged: part of it is unreadable ({error})."
                ),
                error=str(e),
            ),
        )
    return out


def _check(
    out: SignatureCheck,
    signature_file: Path,
    content_file: Path,
    ca_certs: list[asn1_x509.Certificate] | None,
) -> None:
    assert out.problems is not None and out.notes is not None
    if not signature_file.exists():
        out.fail(
            "signature_missing",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signature file {file} is missing: the package is not signed "
                    "and nothing in it can be trusted.",
                ),
                file=signature_file.name,
            ),
        )
        return
    out.present = True
    parsed = _read(out, signature_file)
    if parsed is None:
        return
    sd, cert, signing_time, ts_time = parsed
    _check_structure(out, sd, ca_certs)
    nb, na = _describe_signer(out, cert)
    moment = ts_time or signing_time or dt.datetime.now(dt.UTC)
    out.trust_checked = bool(ca_certs)
    status = _validate(out, sd, content_file, ca_certs or [], moment)
    if status is None:
        return
    _judge_validation(out, status)
    judge_timestamp(out, status, signing_time, ts_time)
    weak = judge_key(out, cert)
    judge_trust(out, status, moment, nb, na, weak=bool(weak))


def _read(
    out: SignatureCheck, signature_file: Path
) -> tuple[cms.SignedData, asn1_x509.Certificate, dt.datetime | None, dt.datetime | None] | None:
    """The signature's CMS, its one signer's certificate and the times it claims; None (and
    the failure said) when the file is not such a signature."""
    try:
        ci = read_signature(signature_file)
        sd: cms.SignedData = ci["content"]
        if len(sd["signer_infos"]) != 1:
            raise ValueError(f"{len(sd['signer_infos'])} signers where one was expected")
        si = sd["signer_infos"][0]
        cert = _signer_cert(sd)
        if cert is None:
            raise ValueError("the signer's certificate is not inside the signature")
        signing_time, ts_time = _claimed_times(si)
    except (ValueError, KeyError, TypeError) as e:
        out.fail(
            "signature_damaged",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signature file {file} is damaged or is not a signature ({error}).",
                ),
                file=signature_file.name,
                error=str(e),
            ),
        )
        return None
    return sd, cert, signing_time, ts_time


def _check_structure(
    out: SignatureCheck, sd: cms.SignedData, ca_certs: list[asn1_x509.Certificate] | None
) -> None:
    """Fail every byte outside the signature that a station would not write
    (:mod:`app.evidence.signature_structure`), and content embedded in a detached signature."""
    try:
        problems = structure_problems(sd, ca_certs or [])
    except (ValueError, KeyError, TypeError) as e:
        problems = [
            _v(QT_TRANSLATE_NOOP("Verifier", "part of it cannot be read ({error})"), error=str(e))
        ]
    for problem in problems:
        if ISSUER_UNKNOWN in problem:
            out.fail(
                "certificate_issuer_unknown",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "{problem}: either the signature file was altered, or that authority's "
                        "certificate must be added to the --ca file.",
                    ),
                    problem=problem,
                ),
            )
        else:
            out.fail(
                "signature_damaged",
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "the signature file was altered: {problem}."),
                    problem=problem,
                ),
            )
    if sd["encap_content_info"]["content"].native is not None:
        out.fail(
            "signature_embedded_content",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signature carries its own embedded content instead of signing "
                    "tagmanifest-sha256.txt: it is not the station's detached signature.",
                )
            ),
        )


def _describe_signer(
    out: SignatureCheck, cert: asn1_x509.Certificate
) -> tuple[dt.datetime, dt.datetime]:
    """Who signed, who issued the certificate, and when it is valid (from, to)."""
    out.signer = cert.subject.native.get("common_name", cert.subject.human_friendly)
    out.issuer = cert.issuer.native.get("common_name", cert.issuer.human_friendly)
    out.signer_certificate_sha256 = cert.sha256.hex()
    out.signer_subject = _subject_key(cert)
    nb, na = (
        cert["tbs_certificate"]["validity"]["not_before"].native,
        cert["tbs_certificate"]["validity"]["not_after"].native,
    )
    out.certificate_valid_from, out.certificate_valid_to = fmt_utc(nb), fmt_utc(na)
    return nb, na


def _validate(
    out: SignatureCheck,
    sd: cms.SignedData,
    content_file: Path,
    roots: list[asn1_x509.Certificate],
    moment: dt.datetime,
) -> Any:
    """pyHanko's validation of the detached signature over ``content_file``, with the path to
    ``roots`` built at ``moment``; None (and the failure said) when it cannot be run."""
    vc = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    content = content_file.read_bytes() if content_file.exists() else b""
    try:
        return asyncio.run(
            async_validate_detached_cms(
                content, sd, signer_validation_context=vc, key_usage_settings=usage
            )
        )
    except Exception as e:  # pyHanko raises on malformed input of many kinds
        out.fail(
            "signature_unreadable",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier", "the signature could not be checked: it is malformed ({error})."
                ),
                error=str(e),
            ),
        )
        return None


def _judge_validation(out: SignatureCheck, status: Any) -> None:
    """The signature value holds, and it covers tagmanifest-sha256.txt as it is now."""
    out.intact, out.valid = bool(status.intact), bool(status.valid)
    if not out.valid:
        out.fail(
            "signature_invalid",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signature is NOT valid: the signature value does not match the signed "
                    "data (the signature file was altered or made by another key).",
                )
            ),
        )
    elif not out.intact:
        out.fail(
            "signature_content_changed",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signature does NOT cover tagmanifest-sha256.txt as it is now: the list of "
                    "hashes was changed after signing.",
                )
            ),
        )


def _subject_key(cert: asn1_x509.Certificate) -> str:
    from cryptography import x509 as cx509

    from app.evidence.binding import subject_key

    try:
        return subject_key(cx509.load_der_x509_certificate(cert.dump()))
    except ValueError:
        return ""
