"""TLS towards the portal (issue 8): certificates are checked, plain http only on this computer itself.

A real kso_portal serves https on 127.0.0.1 with a certificate from a throwaway CA made here. Without that
CA trusted the client refuses at once (no retries, nothing sent); with the CA trusted through
``SSL_CERT_FILE`` (how an organisation with its own CA configures the laptops) login works.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kso_desktop.services.registry import Services
from kso_desktop.storage.meta import get_meta
from kso_desktop.sync.client import (
    Backoff,
    CertificateError,
    MemoryTokens,
    PortalClient,
    SyncError,
    check_portal_url,
)
from kso_portal import admin
from kso_portal.app import Settings, create_app
from kso_portal.db import Database, upgrade
from kso_portal.faults import FaultPlan
from kso_portal.server import start_in_thread

PASSWORD = "tls-test-wachtwoord-1"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


@dataclass
class Certs:
    ca: Path
    cert: Path
    key: Path


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("KSO test-CA"))
        .issuer_name(_name("KSO test-CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    result = Certs(folder / "ca.pem", folder / "portal.pem", folder / "portal.key")
    result.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    result.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, result.key)
    return result


@pytest.fixture(scope="module")
def tls_portal(certs: Certs, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('tls-portal') / 'portal.db'}")
    upgrade(db.engine)
    with db.write() as s:
        org = admin.add_organisatie(s, "TLS-organisatie")
        loc = admin.add_locatie(s, org.id, "Locatie T", "KWG").id
        admin.add_user(
            s, org.id, username="t_med", naam="t_med", rol="medewerker", password=PASSWORD, locatie_ids=[loc]
        )
    server = start_in_thread(
        create_app(db, Settings(), FaultPlan()), tls_cert=str(certs.cert), tls_key=str(certs.key)
    )
    try:
        yield server.url
    finally:
        server.stop()
        db.dispose()


def test_the_portal_serves_https_when_given_a_certificate(tls_portal: str) -> None:
    assert tls_portal.startswith("https://127.0.0.1:")


def test_an_untrusted_certificate_is_refused_at_once_with_a_dutch_message(
    tls_portal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    waits: list[float] = []
    backoff = Backoff(sleep=waits.append)
    tokens = MemoryTokens()
    client = PortalClient(tls_portal, tokens, backoff=backoff)
    with client, pytest.raises(CertificateError) as caught:
        client.login("t_med", PASSWORD)
    assert caught.value.code == "certificate"
    assert "certificaat" in caught.value.message_nl
    # Not treated as "offline, try again": no backoff rounds, and no token came back.
    assert waits == []
    assert client.requests == 1
    assert tokens.token is None


def test_a_certificate_from_the_organisations_own_ca_is_trusted(
    tls_portal: str, certs: Certs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs.ca))
    tokens = MemoryTokens()
    with PortalClient(tls_portal, tokens) as client:
        body = client.login("t_med", PASSWORD)
        assert body["user"]["naam"] == "t_med"
        assert client.health()["service"] == "kso-portal"
    assert tokens.token


@pytest.mark.parametrize(
    "url",
    ["http://portaal.example.nl", "http://10.0.0.5:8080", "http://kso-portaal.local/"],
)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(SyncError) as caught:
        check_portal_url(url)
    assert caught.value.code == "insecure_url"
    assert "https://" in caught.value.message_nl


@pytest.mark.parametrize("url", ["ftp://portaal.example.nl", "portaal.example.nl", "https://", "http://[::1"])
def test_an_address_that_is_not_a_web_address_is_refused(url: str) -> None:
    with pytest.raises(SyncError) as caught:
        check_portal_url(url)
    assert caught.value.code == "url"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://portaal.example.nl/", "https://portaal.example.nl"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_https_anywhere_and_http_on_this_computer_are_accepted(url: str, expected: str) -> None:
    assert check_portal_url(url) == expected


def test_login_with_a_plain_http_address_stores_nothing(services: Services) -> None:
    with pytest.raises(SyncError) as caught:
        services.sync.login("http://portaal.example.nl", "t_med", PASSWORD)
    assert caught.value.code == "insecure_url"
    with services.ctx.store.read() as s:
        assert get_meta(s, "sync.portal") is None
