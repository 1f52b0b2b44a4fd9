"""The station's trust store: the court's CA chain the administrator installed, and the rules a
key must meet before it may seal.

``<station>/trust/court-ca.pem`` holds the chain (NCA RK roots and intermediates in production)
installed with ``zhazba trust install CHAIN.pem``; it is read by sealing (a key that does not
chain to it is refused), by ``zhazba verify`` when no ``--ca`` is given, and by the gate before
anything leaves the station (:mod:`app.evidence.gate`). The file is written atomically and made
read-only; its SHA-256 fingerprints are shown by ``zhazba trust show``.

:func:`key_refusal` says, in plain words, why a key may not seal: RSA below 2048 bits, a
self-signed certificate, or one that does not chain to the installed roots.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.cli.errors import EXIT_STATION_FILES, CliError
from app.evidence.register import (
    RegisterError,
    court_mode,
    installed_trust_hash,
    record_trust,
    said,
)
from app.evidence.signature import load_ca_file
from audio.durable import write_atomically
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.keys import KeyProblem, OpenedKey

_t = partial(msg, "Evidence")
CHAIN_NAME = "court-ca.pem"
MIN_RSA_BITS = 2048


def trust_dir(station_folder: Path) -> Path:
    return Path(station_folder) / "trust"


class TrustStoreError(CliError):
    """The court chain of a court station is missing or was changed outside ``zhazba trust
    install``: nothing that needs it may go on (fail closed). ``message`` is translatable."""

    def __init__(self, message: str) -> None:
        from app.translations import env_lang, translate

        super().__init__(EXIT_STATION_FILES, translate(message, env_lang()))


def installed_chain(station_folder: Path) -> Path | None:
    """The installed court chain, or None when the administrator installed none on a station
    without accounts. A court station (with accounts) must have it, as ``zhazba trust install``
    wrote it: :class:`TrustStoreError` when it is missing or its SHA-256 is not the one the
    station's audit log recorded at the install."""
    path = trust_dir(station_folder) / CHAIN_NAME
    try:
        present = path.is_file()
    except PermissionError:  # another account's station: its trust is not this user's to read
        return None
    if not court_mode(Path(station_folder)):
        return path if present else None
    if not present:
        raise TrustStoreError(_t(QT_TRANSLATE_NOOP(
            "Evidence",
            "The court's certificate chain {file} is missing on this station, so no signature "
            "can be trusted and nothing is sealed, verified or given out. The administrator "
            "installs it with `zhazba trust install CHAIN.pem`.",
        ), file=str(path)))  # fmt: skip
    try:
        recorded = installed_trust_hash(Path(station_folder))
    except RegisterError as e:
        raise TrustStoreError(said(e)) from e
    if recorded is None or recorded != hashlib.sha256(path.read_bytes()).hexdigest():
        raise TrustStoreError(_t(QT_TRANSLATE_NOOP(
            "Evidence",
            "The court's certificate chain {file} was changed outside `zhazba trust install`, so "
            "it is not trusted and nothing is sealed, verified or given out. The administrator "
            "installs the court's chain again with `zhazba trust install CHAIN.pem`.",
        ), file=str(path)))  # fmt: skip
    return path


def _crypto(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def install_chain(station_folder: Path, source: Path, by: str = "") -> list[str]:
    """Install ``source`` (PEM or DER) as the court chain; returns one line per certificate.

    ValueError (plain words) when the file holds no CA certificate or no root."""
    certs = [_crypto(c) for c in load_ca_file(source)]
    for c in certs:
        try:
            is_ca = c.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise ValueError(
                f'{source}: "{c.subject.rfc4514_string()}" is not a certification authority\'s '
                "certificate. Install only the court's root and intermediate CA certificates."
            )
    if not any(c.subject == c.issuer for c in certs):
        raise ValueError(
            f"{source} holds no root certificate (one that signs itself). Include the NCA root."
        )
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    folder = trust_dir(station_folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)  # the station's account only, like every station file (#16)
    target = folder / CHAIN_NAME
    if target.exists():
        target.chmod(0o600)
    write_atomically(target, pem, mode=0o600)
    target.chmod(0o400)  # read-only: changed only by `zhazba trust install`
    record_trust(Path(station_folder), hashlib.sha256(pem).hexdigest(), by)
    return describe(target)


def describe(chain: Path) -> list[str]:
    """One line per installed certificate: subject, SHA-256 fingerprint, end of validity."""
    out = []
    for c in load_ca_file(chain):
        cc = _crypto(c)
        out.append(
            f"{cc.subject.rfc4514_string()}  sha256 {c.sha256.hex()}  "
            f"valid to {cc.not_valid_after_utc:%Y-%m-%d}"
        )
    return out


def self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def weak_key(cert: x509.Certificate) -> str:
    """Why the certificate's key is too weak to sign evidence ("" when it is not)."""
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        return (
            f"its RSA key has {key.key_size} bits; evidence is signed only with keys of at "
            f"least {MIN_RSA_BITS} bits"
        )
    return ""


def chains_to(
    cert: x509.Certificate, extra: list[x509.Certificate], roots: list[x509.Certificate]
) -> bool:
    """Whether ``cert`` leads, issuer by issuer (signatures checked), to one of ``roots``."""
    pool = extra + roots
    current = cert
    for _ in range(8):
        if any(current == r for r in roots):
            return True
        issuers = [c for c in pool if c.subject == current.issuer and c != current]
        for issuer in issuers:
            try:
                current.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, InvalidSignature):
                continue
            current = issuer
            break
        else:
            return False
    return False


def unfit_usage(cert: x509.Certificate) -> str:
    """Why the certificate is not one that signs documents ("" when it is): a certification
    authority's certificate, or a key usage without digitalSignature and nonRepudiation."""
    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return (
                "the certificate is a certification authority's (basicConstraints CA:TRUE), not "
                "a person's signing certificate. Use the key issued to the secretary."
            )
    except x509.ExtensionNotFound:
        pass
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return (
            "the certificate states no key usage, so it is not issued for signing. Use the "
            "secretary's signing key (digitalSignature / nonRepudiation)."
        )
    if not (usage.digital_signature or usage.content_commitment):
        return (
            "the certificate is not issued for signing (its key usage has neither "
            "digitalSignature nor nonRepudiation). Use the secretary's signing key, not the "
            "authentication or encryption one."
        )
    return ""


def refuse_unfit_key(opened: OpenedKey, station_folder: Path) -> None:
    """Raise :class:`signing.keys.KeyProblem` when this key may not seal on this station."""
    reason = key_refusal(opened.certificate, opened.chain, installed_chain(station_folder))
    if reason:
        raise KeyProblem(f"this key may not seal hearings: {reason}")


def key_refusal(
    cert: x509.Certificate, chain: list[x509.Certificate], trust_chain: Path | None
) -> str:
    """Why this key may not seal ("" when it may). ``trust_chain``: the installed court chain."""
    weak = weak_key(cert)
    if weak:
        return f"the key is too weak: {weak}. Ask the certification authority for a new key."
    unfit = unfit_usage(cert)
    if unfit:
        return unfit
    if self_signed(cert):
        return (
            "the certificate is self-signed: nobody vouches for whose key it is. Use the key "
            "issued to the secretary by the National Certification Authority."
        )
    if trust_chain is None:
        return ""  # nothing installed to chain to: verification will say the signer is unconfirmed
    roots = [_crypto(c) for c in load_ca_file(trust_chain)]
    if not chains_to(cert, list(chain), roots):
        issuer = cert.issuer.rfc4514_string()
        return (
            f"the certificate (issued by {issuer}) does not lead to the court's trusted roots "
            f"installed on this station ({trust_chain}). Use the key issued by the National "
            "Certification Authority, or ask the administrator to install its chain."
        )
    return ""
