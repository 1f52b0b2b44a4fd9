"""The real Ceph RGW fixtures of the archive tests, for the archive attacks of the tamper matrix."""

from tests.integration.s3.conftest import lock_bucket, s3, s3_server, settings

__all__ = ["lock_bucket", "s3", "s3_server", "settings"]
