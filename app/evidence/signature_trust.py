"""When the package was signed, and whether its signer is to be trusted at that time.

:mod:`app.evidence.signature` reads the signature and has pyHanko validate it; the judgement is
here. The time of signing is the timestamp's when a trusted timestamp is present, otherwise the
signing time the station wrote into the signature (its own clock; the report says so)
(:func:`judge_timestamp`). The signer's certificate is judged **at that time**, not today: it must
have been valid then, carry a key of at least 2048 bits (:func:`judge_key`) and lead to a root
given with ``--ca`` (:func:`judge_trust`). A certificate that has expired since is a note, not a
failure: a recording signed with a then-valid key stays valid, as court records must for years.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from asn1crypto import x509 as asn1_x509

from audio.text import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from app.evidence.signature import SignatureCheck

_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


def fmt_utc(t: dt.datetime | None) -> str:
    """A moment as the report writes it (``2026-03-01 09:30:00 UTC``; "" for none)."""
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if t else ""


def judge_timestamp(
    out: SignatureCheck,
    status: Any,
    signing_time: dt.datetime | None,
    ts_time: dt.datetime | None,
) -> None:
    """The timestamp, if any, and so the time of signing and where it comes from."""
    assert out.notes is not None
    tsv = status.timestamp_validity
    if ts_time is not None:
        out.timestamp = fmt_utc(ts_time)
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
        out.signing_time, out.signing_time_source = fmt_utc(ts_time), "timestamp"
    else:
        out.signing_time, out.signing_time_source = fmt_utc(signing_time), "station clock"
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


def judge_key(out: SignatureCheck, cert: asn1_x509.Certificate) -> int:
    """Fail a signer's RSA key below 2048 bits; its size then (0 when the key is strong)."""
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
    return weak


def _weak_key_bits(cert: asn1_x509.Certificate) -> int:
    """The RSA key size when it is below 2048 bits (0 otherwise)."""
    key = cert.public_key
    if key.algorithm == "rsa" and key.bit_size < 2048:
        return int(key.bit_size)
    return 0


def judge_trust(
    out: SignatureCheck,
    status: Any,
    moment: dt.datetime,
    nb: dt.datetime,
    na: dt.datetime,
    *,
    weak: bool = False,
) -> None:
    """The certificate's validity at ``moment`` (from ``nb`` to ``na``) and its path to a root
    given with ``--ca``; ``out.trusted`` only when both hold."""
    expired, early = _judge_validity(out, moment, nb, na)
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


def _judge_validity(
    out: SignatureCheck, moment: dt.datetime, nb: dt.datetime, na: dt.datetime
) -> tuple[bool, bool]:
    """Whether the certificate had expired, or was not yet valid, when it signed."""
    assert out.notes is not None
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
                until=fmt_utc(na),
                moment=fmt_utc(moment),
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
                since=fmt_utc(nb),
                moment=fmt_utc(moment),
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
                until=fmt_utc(na),
            )
        )
    return expired, early
