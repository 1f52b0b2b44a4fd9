"""The secretary's signing key: open a PKCS#12 key file, check it is fit to sign, keep it in memory.

The National Certification Authority issues RSA keys as PKCS#12 files, some still in legacy
encryption (3DES / RC2, SHA-1 MAC), which ``cryptography`` loads. :func:`open_key_file` reads
the file once, never writes the key anywhere, and refuses — with what is wrong and what to do —
a wrong password, an expired or not-yet-valid certificate, or one without digitalSignature /
nonRepudiation key usage. GOST keys (OIDs 1.2.643.*) are recognised and declined plainly: they
need the national crypto provider (NCALayer / Kalkan), which would plug in as another
:class:`Signer`. Callers depend only on that small protocol, never on the RSA implementation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtensionOID, NameOID

EXPIRY_WARNING_DAYS = 30

# DER of an OID starting 1.2.643 (Russian/CIS GOST algorithms, used by Kazakhstan's NCA GOST
# keys): tag 06, a length byte, then 2A 85 03.
_GOST_OID_DER = re.compile(rb"\x06[\x03-\x7f]\x2a\x85\x03")
GOST_MESSAGE = (
    "this is a GOST key (Kazakh national algorithm). Zhazba signs with RSA keys; a GOST key needs "
    "the national crypto provider (NCALayer / Kalkan), which is not installed on this station. "
    "Use the RSA signing key file issued to you by the NCA (its name usually starts with RSA_)."
)


class KeyProblem(Exception):
    """The key file cannot be used; the message says what is wrong and what to do."""


@runtime_checkable
class Signer(Protocol):
    """What sealing needs from a key: who signs, and a detached CMS over some bytes.

    The RSA implementation lives in :mod:`signing.cades`; a GOST signer backed by the national
    crypto provider would implement the same two members.
    """

    @property
    def info(self) -> KeyInfo: ...

    def sign_detached(self, content: bytes, tsa_url: str | None = None) -> SignOutcome: ...


@dataclass(frozen=True)
class SignOutcome:
    """A DER CMS signature and, when a timestamp was asked for but not obtained, why."""

    der: bytes
    timestamped: bool
    timestamp_problem: str = ""


@dataclass(frozen=True)
class KeyInfo:
    """What the station shows about an opened key."""

    holder: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint_sha256: str
    key_usage: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def describe(self) -> str:
        lines = [
            f"Holder:   {self.holder}",
            f"Issuer:   {self.issuer}",
            f"Valid:    {self.not_before:%Y-%m-%d} to {self.not_after:%Y-%m-%d} (UTC)",
            f"Usage:    {', '.join(self.key_usage) or 'not stated'}",
        ]
        lines += [f"WARNING:  {w}" for w in self.warnings]
        return "\n".join(lines)


@dataclass
class OpenedKey:
    """An RSA private key with its certificate and the chain that came in the key file."""

    private_key: rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)
    info: KeyInfo = field(init=False)

    def __post_init__(self) -> None:
        self.info = describe_certificate(self.certificate)

    def __repr__(self) -> str:  # never print key material
        return f"OpenedKey({self.info.holder!r})"


def common_name(name: x509.Name) -> str:
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if cns:
        value = cns[0].value
        return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return name.rfc4514_string()


def key_usage_names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        ku = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE).value
    except x509.ExtensionNotFound:
        return ()
    names = []
    for attr, label in (
        ("digital_signature", "digitalSignature"),
        ("content_commitment", "nonRepudiation"),
        ("key_encipherment", "keyEncipherment"),
        ("data_encipherment", "dataEncipherment"),
        ("key_agreement", "keyAgreement"),
        ("key_cert_sign", "keyCertSign"),
        ("crl_sign", "cRLSign"),
    ):
        if getattr(ku, attr):
            names.append(label)
    return tuple(names)


def describe_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> KeyInfo:
    now = now or dt.datetime.now(dt.UTC)
    warnings = []
    left = cert.not_valid_after_utc - now
    if dt.timedelta(0) <= left <= dt.timedelta(days=EXPIRY_WARNING_DAYS):
        warnings.append(
            f"the certificate expires in {left.days} day(s), on "
            f"{cert.not_valid_after_utc:%Y-%m-%d}. Apply to the NCA for a new key now."
        )
    return KeyInfo(
        holder=common_name(cert.subject),
        issuer=common_name(cert.issuer),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        key_usage=key_usage_names(cert),
        warnings=tuple(warnings),
    )


def is_gost_certificate(cert: x509.Certificate) -> bool:
    oid = cert.public_key_algorithm_oid.dotted_string
    return oid.startswith("1.2.643.") or cert.signature_algorithm_oid.dotted_string.startswith(
        "1.2.643."
    )


def load_pkcs12(data: bytes, password: str) -> OpenedKey:
    """Decrypt a PKCS#12 key file (no fitness checks: see :func:`check_fit_to_sign`)."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as e:
        if _GOST_OID_DER.search(data):
            raise KeyProblem(GOST_MESSAGE) from e
        text = str(e).lower()
        if "password" in text or "mac" in text or "decrypt" in text:
            raise KeyProblem(
                "the password is wrong (the key file could not be decrypted with it). Type the "
                "password of this key file again, checking Caps Lock and the keyboard language."
            ) from e
        raise KeyProblem(
            f"this is not a readable PKCS#12 key file ({e}). Choose the .p12 file issued by the "
            "NCA, not a certificate (.cer) or an archive."
        ) from e
    except Exception as e:  # unsupported algorithms raise assorted types
        if _GOST_OID_DER.search(data):
            raise KeyProblem(GOST_MESSAGE) from e
        raise KeyProblem(
            f"the key file uses an encryption this station cannot read ({e}). Ask the court's "
            "technician to check the file."
        ) from e
    if cert is not None and is_gost_certificate(cert):
        raise KeyProblem(GOST_MESSAGE)
    if key is None or cert is None:
        if _GOST_OID_DER.search(data):
            raise KeyProblem(GOST_MESSAGE)
        raise KeyProblem(
            "the key file holds no private key and certificate pair. Choose the signing key file "
            "(.p12) issued to you by the NCA."
        )
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyProblem(
            f"the key is {type(key).__name__.replace('PrivateKey', '')}, not RSA. Zhazba signs "
            "with RSA keys as issued by the NCA; use your RSA signing key file."
        )
    chain = [
        c for c in extra if c.fingerprint(hashes.SHA256()) != cert.fingerprint(hashes.SHA256())
    ]
    return OpenedKey(key, cert, chain)


def check_fit_to_sign(opened: OpenedKey, now: dt.datetime | None = None) -> KeyInfo:
    """Refuse a certificate that is out of its validity or not meant for signing."""
    now = now or dt.datetime.now(dt.UTC)
    cert = opened.certificate
    holder = common_name(cert.subject)
    if now < cert.not_valid_before_utc:
        raise KeyProblem(
            f"the certificate of {holder} is not valid yet: it starts on "
            f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC. Check the computer's date and "
            "time; if they are right, use your current key until then."
        )
    if now > cert.not_valid_after_utc:
        raise KeyProblem(
            f"the certificate of {holder} expired on {cert.not_valid_after_utc:%Y-%m-%d}. "
            "An expired key cannot sign recordings; obtain a new key from the NCA."
        )
    usage = key_usage_names(cert)
    if not usage:
        raise KeyProblem(
            f"the certificate of {holder} does not state what it may be used for (no key usage "
            "extension), so it cannot be trusted for signing. Use the signing key from the NCA."
        )
    if "digitalSignature" not in usage and "nonRepudiation" not in usage:
        raise KeyProblem(
            f"the certificate of {holder} is not a signing certificate (it allows only "
            f"{', '.join(usage)}). This is probably the encryption or authentication key; "
            "open the signing key file (RSA_...) instead."
        )
    return describe_certificate(cert, now)


def open_key_file(
    path: str | Path, password: str, now: dt.datetime | None = None
) -> tuple[OpenedKey, KeyInfo]:
    """Read, decrypt and check a key file; the key stays in this process's memory only."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise KeyProblem(
            f"the key file {path} does not exist. Check the path or the USB key."
        ) from e
    except OSError as e:
        raise KeyProblem(f"the key file {path} cannot be read: {e.strerror}.") from e
    opened = load_pkcs12(data, password)
    return opened, check_fit_to_sign(opened, now)
