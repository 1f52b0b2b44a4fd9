"""A throw-away test PKI: roots, an intermediate, secretaries' certificates and a TSA certificate.

It mirrors what the National Certification Authority issues (RSA keys, a root and an issuing
intermediate, end-entity certificates with digitalSignature + nonRepudiation) and adds the bad
cases the station must refuse or report: expired, not yet valid, no signing key usage, and a
second, unrelated CA. PKCS#12 files come in modern (AES-256/PBKDF2) and legacy (3DES key,
RC2-40 certificates, SHA-1 MAC) encryption, as old NCA key files are.
"""

from __future__ import annotations

import datetime as dt
import functools
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "Qwerty12"
NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)


def _name(cn: str, org: str = "Test NCA RK") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@dataclass
class Issued:
    """One key and its certificate, with the chain above it (issuer first, root last)."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def p12(self, password: str = PASSWORD, *, legacy: bool = False) -> bytes:
        """The key file as issued; ``legacy`` uses 3DES for the key and a SHA-1 MAC."""
        if legacy:
            enc = (
                serialization.PrivateFormat.PKCS12.encryption_builder()
                .kdf_rounds(2048)
                .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
                .hmac_hash(hashes.SHA1())
                .build(password.encode())
            )
        else:
            enc = serialization.BestAvailableEncryption(password.encode())
        return pkcs12.serialize_key_and_certificates(
            b"secretary", self.key, self.cert, self.chain or None, enc
        )

    def p12_openssl_legacy(self, tmp: Path, password: str = PASSWORD) -> bytes | None:
        """RC2-40 certificates + 3DES key via ``openssl pkcs12 -legacy``; None if unsupported."""
        key, crt, ca = tmp / "k.pem", tmp / "c.pem", tmp / "ca.pem"
        key.write_bytes(self.key_pem())
        crt.write_bytes(self.cert_pem())
        ca.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in self.chain))
        out = tmp / "legacy.p12"
        r = subprocess.run(
            ["openssl", "pkcs12", "-export", "-legacy", "-inkey", str(key), "-in", str(crt)]
            + ["-certfile", str(ca), "-passout", f"pass:{password}", "-out", str(out)],
            capture_output=True,
        )
        return out.read_bytes() if r.returncode == 0 else None


def _issue(
    subject: x509.Name,
    issuer: Issued | None,
    *,
    ca: bool = False,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    usage: str = "sign",
) -> Issued:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    nb = not_before or NOW - 30 * DAY
    na = not_after or NOW + 365 * DAY
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(nb)
        .not_valid_after(na)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    if issuer is not None:
        b = b.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), False
        )
    ku = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    if ca:
        ku.update(key_cert_sign=True, crl_sign=True, digital_signature=True)
    elif usage == "sign":
        ku.update(digital_signature=True, content_commitment=True)
    elif usage == "encrypt":
        ku.update(key_encipherment=True)
    elif usage == "tsa":
        ku.update(digital_signature=True)
    b = b.add_extension(x509.KeyUsage(**ku), critical=True)
    if usage == "tsa":
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True)
    signer_key = issuer.key if issuer else key
    cert = b.sign(signer_key, hashes.SHA256())
    chain = ([issuer.cert] + issuer.chain) if issuer else []
    return Issued(key, cert, chain)


@dataclass
class TestPKI:
    __test__ = False  # not a pytest test class

    root: Issued
    intermediate: Issued
    secretary: Issued
    colleague: Issued  # another secretary of the same CA
    expired: Issued
    not_yet_valid: Issued
    no_signing: Issued
    expiring_soon: Issued
    other_root: Issued
    stranger: Issued  # a secretary certificate from the unrelated CA
    tsa: Issued

    def chain_pem(self) -> bytes:
        """Root and intermediate of the station's CA: what `--ca` / `-CAfile` get."""
        return self.root.cert_pem() + self.intermediate.cert_pem()

    def write_chain(self, path: Path) -> Path:
        path.write_bytes(self.chain_pem())
        return path


@functools.cache
def shared_pki() -> TestPKI:
    """One PKI per test session: key generation is the slow part, and nothing mutates it."""
    return make_pki()


def make_pki() -> TestPKI:
    root = _issue(_name("Test NCA Root (RSA)"), None, ca=True, not_after=NOW + 3650 * DAY)
    inter = _issue(_name("Test NCA Issuing (RSA)"), root, ca=True, not_after=NOW + 3000 * DAY)
    other_root = _issue(_name("Unrelated Root", "Elsewhere"), None, ca=True)
    return TestPKI(
        root=root,
        intermediate=inter,
        secretary=_issue(_name("ASANOVA AIGERIM"), inter),
        colleague=_issue(_name("BEKOV DAULET"), inter),
        expired=_issue(
            _name("OLD KEY SECRETARY"), inter, not_before=NOW - 400 * DAY, not_after=NOW - DAY
        ),
        not_yet_valid=_issue(_name("FUTURE SECRETARY"), inter, not_before=NOW + 10 * DAY),
        no_signing=_issue(_name("ENCRYPTION ONLY"), inter, usage="encrypt"),
        expiring_soon=_issue(_name("SOON EXPIRING"), inter, not_after=NOW + 10 * DAY),
        other_root=other_root,
        stranger=_issue(_name("MALLORY", "Elsewhere"), other_root),
        tsa=_issue(_name("Test TSA"), inter, usage="tsa"),
    )
