"""The court archive: uploading sealed packages to S3 with integrity, the persistent queue,
the read-back check before the local copy goes, and the archive settings."""
