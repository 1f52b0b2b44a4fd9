"""The bytes of a CMS signature that its signature does not cover, checked so none goes unnoticed.

The RSA signature of the package (:mod:`app.evidence.signature`) covers only the signed
attributes; the version numbers, the algorithm lists, the content type and the embedded
certificates sit outside it. :func:`structure_problems` says, in plain words, each of them that is
not what a station (or an RFC 3161 TSA) writes, and every embedded certificate whose issuer's
signature on it does not hold — the timestamp token inside the unsigned attributes included.
Whether the signer is trusted is :mod:`app.evidence.signature_trust`.
"""

from __future__ import annotations

from functools import partial

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509

from audio.text import QT_TRANSLATE_NOOP, msg

_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)

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
    out += _embedded_certificate_problems(sd, ca_certs, place)
    for si in sd["signer_infos"]:
        out += _signer_info_problems(si, algos, ca_certs, place)
    return out


def _embedded_certificate_problems(
    sd: cms.SignedData, ca_certs: list[asn1_x509.Certificate], place: str
) -> list[str]:
    """Every certificate inside the CMS must be one, signed by an issuer that is known."""
    out: list[str] = []
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
    return out


def _signer_info_problems(
    si: cms.SignerInfo, algos: set[str], ca_certs: list[asn1_x509.Certificate], place: str
) -> list[str]:
    """One signer's version and algorithms, and what was added to its unsigned attributes."""
    out: list[str] = []
    if si["version"].native != "v1":
        out.append(
            _v(
                QT_TRANSLATE_NOOP("Verifier", "unexpected signer version {version} in the {where}"),
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
    return out + _unsigned_attribute_problems(si, ca_certs)


def _unsigned_attribute_problems(
    si: cms.SignerInfo, ca_certs: list[asn1_x509.Certificate]
) -> list[str]:
    """Only a timestamp token may stand outside the signed attributes, itself well formed."""
    out: list[str] = []
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
