"""Check the package's detached CAdES signature: intact, valid, trusted, who and when.

pyHanko's generic CMS validation (``async_validate_detached_cms``) checks that the signature
covers exactly the bytes of ``tagmanifest-sha256.txt`` (message digest), that the RSA signature
over the signed attributes holds, the RFC 3161 timestamp if there is one, and builds the path to
a root given with ``--ca``. Certificate validity is judged **at the time of signing**, not today:
a recording signed with a then-valid key stays valid after the key expires, as court records
must for years. The time of signing is the timestamp's time when a trusted timestamp is present,
otherwise the signing time the station wrote into the signature (its own clock; the report says
so). A certificate that has expired since is reported as a note, not as a failure.
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


ISSUER_UNKNOWN = _v(
    QT_TRANSLATE_NOOP(
        "Verifier", "cannot be checked: its issuer is neither in the signature nor given with --ca"
    )
)
ACCEPTED_SIGNATURE_ALGOS = {"sha256_rsa", "sha384_rsa", "sha512_rsa", "rsassa_pkcs1v15"}
ACCEPTED_DIGESTS = {"sha256", "sha384", "sha512"}


def structure_problems(
    sd: cms.SignedData, ca_certs: list[asn1_x509.Certificate], where: str = "signature"
) -> list[str]:
    """Check the parts of a CMS that its signature does not cover, so no byte goes unnoticed.

    The RSA signature covers only the signed attributes; the version numbers, the algorithm
    lists, the content type and the embedded certificates sit outside it. Each must be what a
    station (or an RFC 3161 TSA) writes, and every embedded certificate must carry a valid
    signature by its issuer (found inside the signature or among ``--ca``) — so a changed byte
    in, say, an embedded root certificate is caught even though path building would not use it.
    The timestamp token inside the unsigned attributes is checked the same way.
    """
    out: list[str] = []
    place = (
        _v(QT_TRANSLATE_NOOP("Verifier", "signature"))
        if where == "signature"
        else _v(QT_TRANSLATE_NOOP("Verifier", "timestamp token"))
    )
    if sd["version"].native not in ("v1", "v3"):
        out.append(
            _v(
                QT_TRANSLATE_NOOP("Verifier", "unexpected {where} version {version}"),
                where=place,
                version=sd["version"].native,
            )
        )
    algos = {a["algorithm"].native for a in sd["digest_algorithms"]}
    if not algos or not algos <= ACCEPTED_DIGESTS:
        out.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier", "unexpected digest algorithm list in the {where}: {algos}"
                ),
                where=place,
                algos=str(sorted(algos)),
            )
        )
    certs = [c.chosen for c in sd["certificates"] or []]
    pool = certs + list(ca_certs)
    for cert in certs:
        if not isinstance(cert, asn1_x509.Certificate):
            out.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "an unexpected kind of certificate is embedded in the {where}"
                    ),
                    where=place,
                )
            )
            continue
        problem = _certificate_signature_problem(cert, pool)
        if problem:
            out.append(
                _v(
                    QT_TRANSLATE_NOOP("Verifier", '{where} certificate "{name}" {problem}'),
                    where=place,
                    name=_cn(cert),
                    problem=problem,
                )
            )
    for si in sd["signer_infos"]:
        if si["version"].native != "v1":
            out.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "unexpected signer version {version} in the {where}"
                    ),
                    version=si["version"].native,
                    where=place,
                )
            )
        if si["digest_algorithm"]["algorithm"].native not in algos:
            out.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "the signer's digest algorithm is not listed in the {where}"
                    ),
                    where=place,
                )
            )
        if si["signature_algorithm"]["algorithm"].native not in ACCEPTED_SIGNATURE_ALGOS:
            out.append(
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "unexpected signature algorithm {algorithm}"),
                    algorithm=si["signature_algorithm"]["algorithm"].native,
                )
            )
        for a in si["unsigned_attrs"] or []:
            if a["type"].native != "signature_time_stamp_token":
                out.append(
                    _v(
                        QT_TRANSLATE_NOOP(
                            "Verifier", "an unexpected unsigned attribute {oid} was added"
                        ),
                        oid=a["type"].dotted,
                    )
                )
                continue
            for token in a["values"]:
                if token["content_type"].native != "signed_data":
                    out.append(
                        _v(QT_TRANSLATE_NOOP("Verifier", "the timestamp token is not a signature"))
                    )
                    continue
                out += structure_problems(token["content"], ca_certs, "timestamp token")
    return out


def _cn(cert: asn1_x509.Certificate) -> str:
    return str(cert.subject.native.get("common_name", cert.subject.human_friendly))


def _certificate_signature_problem(
    cert: asn1_x509.Certificate, pool: list[asn1_x509.Certificate]
) -> str:
    from cryptography import x509 as cx509
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

    try:
        subject = cx509.load_der_x509_certificate(cert.dump())
    except ValueError as e:
        return _v(QT_TRANSLATE_NOOP("Verifier", "is damaged ({error})"), error=str(e))
    issuers = [c for c in pool if c.subject == cert.issuer]
    if not issuers:
        return ISSUER_UNKNOWN
    for issuer in issuers:
        try:
            subject.verify_directly_issued_by(cx509.load_der_x509_certificate(issuer.dump()))
            return ""
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            continue
    return _v(
        QT_TRANSLATE_NOOP(
            "Verifier", "is damaged or forged: its issuer's signature on it does not hold"
        )
    )


def _fmt(t: dt.datetime | None) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if t else ""


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
        return
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
    out.signer = cert.subject.native.get("common_name", cert.subject.human_friendly)
    out.issuer = cert.issuer.native.get("common_name", cert.issuer.human_friendly)
    out.signer_certificate_sha256 = cert.sha256.hex()
    out.signer_subject = _subject_key(cert)
    nb, na = (
        cert["tbs_certificate"]["validity"]["not_before"].native,
        cert["tbs_certificate"]["validity"]["not_after"].native,
    )
    out.certificate_valid_from, out.certificate_valid_to = _fmt(nb), _fmt(na)

    moment = ts_time or signing_time or dt.datetime.now(dt.UTC)
    roots = ca_certs or []
    out.trust_checked = bool(ca_certs)
    vc = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    content = content_file.read_bytes() if content_file.exists() else b""
    try:
        status = asyncio.run(
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
        return
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
    tsv = status.timestamp_validity
    if ts_time is not None:
        out.timestamp = _fmt(ts_time)
        out.timestamp_valid = bool(tsv and tsv.intact and tsv.valid and tsv.trusted)
        if tsv is not None:
            out.timestamp_authority = tsv.signing_cert.subject.native.get("common_name", "")
        if not out.timestamp_valid:
            out.fail(
                "timestamp_invalid",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "the timestamp is not valid or its authority is not trusted, so the time "
                        "of signing is not proven.",
                    )
                ),
            )
    if out.timestamp_valid:
        out.signing_time, out.signing_time_source = _fmt(ts_time), "timestamp"
    else:
        out.signing_time, out.signing_time_source = _fmt(signing_time), "station clock"
        if ts_time is None:
            out.notes.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "there is no timestamp: the signing time is the station's own clock "
                        "(add one later with `zhazba seal PACKAGE --timestamp-only --tsa URL`).",
                    )
                )
            )
    weak = _weak_key_bits(cert)
    if weak:
        out.fail(
            "certificate_weak_key",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signer's key is WEAK: RSA of {bits} bits, where evidence needs at least "
                    "2048. Such a signature can be forged and proves nothing.",
                ),
                bits=weak,
            ),
        )
    _judge_trust(out, status, cert, moment, nb, na, weak=bool(weak))
    return


def _subject_key(cert: asn1_x509.Certificate) -> str:
    from cryptography import x509 as cx509

    from app.evidence.binding import subject_key

    try:
        return subject_key(cx509.load_der_x509_certificate(cert.dump()))
    except ValueError:
        return ""


def _weak_key_bits(cert: asn1_x509.Certificate) -> int:
    """The RSA key size when it is below 2048 bits (0 otherwise)."""
    key = cert.public_key
    if key.algorithm == "rsa" and key.bit_size < 2048:
        return int(key.bit_size)
    return 0


def _judge_trust(
    out: SignatureCheck,
    status: Any,
    cert: asn1_x509.Certificate,
    moment: dt.datetime,
    nb: dt.datetime,
    na: dt.datetime,
    *,
    weak: bool = False,
) -> None:
    assert out.problems is not None and out.notes is not None
    expired = moment > na
    early = moment < nb
    if expired:
        out.fail(
            "certificate_expired",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signer's certificate had EXPIRED when it signed: it was valid until "
                    "{until}, the signature was made at {moment}. An expired key may not sign "
                    "recordings.",
                ),
                until=_fmt(na),
                moment=_fmt(moment),
            ),
        )
    elif early:
        out.fail(
            "certificate_not_yet_valid",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signer's certificate was NOT YET VALID when it signed: valid from "
                    "{since}, signed at {moment}.",
                ),
                since=_fmt(nb),
                moment=_fmt(moment),
            ),
        )
    elif dt.datetime.now(dt.UTC) > na:
        out.notes.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signer's certificate has expired since (on {until}); it was valid when it "
                    "signed, so the signature still holds.",
                ),
                until=_fmt(na),
            )
        )
    if not out.trust_checked:
        out.fail(
            "trust_not_checked",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "no trusted root certificates were given, so WHO signed is not confirmed. Run "
                    "again with --ca and the NCA's root and intermediate certificates (PEM).",
                )
            ),
        )
        return
    if status.validation_path is not None and status.trust_problem_indic is None:
        out.trusted = not (expired or early)
        return
    indic = str(getattr(status.trust_problem_indic, "name", status.trust_problem_indic))
    if expired or early or weak:
        return  # already named above (a weak key is refused by path validation too)
    if "NO_CERTIFICATE_CHAIN" in indic or status.validation_path is None:
        out.fail(
            "untrusted_root",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the signer's certificate (issued by {issuer}) does NOT lead to a trusted "
                    "root: it was issued by a certification authority that is not among the "
                    "certificates given with --ca. The signature cannot be attributed to a court "
                    "employee.",
                ),
                issuer=out.issuer,
            ),
        )
    elif "REVOKED" in indic:
        out.fail(
            "certificate_revoked",
            _v(QT_TRANSLATE_NOOP("Verifier", "the signer's certificate has been REVOKED.")),
        )
    else:
        out.fail(
            "certificate_untrusted",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier", "the signer's certificate is not trusted ({reason})."
                ),
                reason=indic,
            ),
        )
