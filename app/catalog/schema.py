"""The station catalog's schema as an append-only list of migrations.

``MIGRATIONS[n - 1]`` takes a catalog from schema version ``n - 1`` to ``n`` (the version is kept
in ``PRAGMA user_version``). A released migration is never edited: a change to the schema is a
new entry at the end, so every station upgrades its catalog the same way, step by step.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: hearings, copy register, self-check history, archive upload queue, local accounts
    [
        """CREATE TABLE hearings (
            id TEXT PRIMARY KEY,
            folder TEXT NOT NULL,
            case_number TEXT NOT NULL DEFAULT '',
            case_fold TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            courtroom TEXT NOT NULL DEFAULT '',
            court TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            instance TEXT NOT NULL DEFAULT '',
            closed_hearing INTEGER NOT NULL DEFAULT 0,
            judge TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            staff_fold TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN
                ('recording', 'ended', 'sealed', 'exported', 'uploaded')),
            package TEXT,
            created_utc TEXT,
            updated_utc TEXT,
            ended_utc TEXT,
            sealed_utc TEXT,
            exported_utc TEXT,
            uploaded_utc TEXT
        )""",
        "CREATE INDEX hearings_case ON hearings (case_fold)",
        "CREATE INDEX hearings_date ON hearings (date)",
        """CREATE TABLE hearing_participants (
            hearing_id TEXT NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_fold TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'other',
            channel INTEGER
        )""",
        "CREATE INDEX participants_hearing ON hearing_participants (hearing_id)",
        """CREATE TABLE copy_applications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            applicant TEXT NOT NULL,
            applicant_role TEXT NOT NULL DEFAULT '',
            case_number TEXT NOT NULL,
            hearing_id TEXT,
            category TEXT NOT NULL DEFAULT '',
            received_date TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            issued_what TEXT,
            issued_medium TEXT,
            issued_utc TEXT,
            receipt TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL
        )""",
        "CREATE INDEX copy_applications_case ON copy_applications (case_number)",
        """CREATE TABLE selfchecks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            utc TEXT NOT NULL,
            who TEXT NOT NULL,
            passed INTEGER NOT NULL,
            results_json TEXT NOT NULL
        )""",
        """CREATE TABLE upload_queue (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            package TEXT NOT NULL UNIQUE,
            hearing_id TEXT,
            key_prefix TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'uploaded', 'local_deleted')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_utc TEXT,
            last_error TEXT,
            retain_until_utc TEXT,
            queued_utc TEXT NOT NULL,
            uploaded_utc TEXT,
            local_deleted_utc TEXT
        )""",
        """CREATE TABLE upload_objects (
            queue_id INTEGER NOT NULL REFERENCES upload_queue (id) ON DELETE CASCADE,
            rel_path TEXT NOT NULL,
            key TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            expected_etag TEXT NOT NULL,
            part_size INTEGER NOT NULL,
            upload_id TEXT,
            version_id TEXT,
            state TEXT NOT NULL CHECK (state IN ('pending', 'uploaded', 'verified')),
            PRIMARY KEY (queue_id, rel_path)
        )""",
        """CREATE TABLE upload_parts (
            queue_id INTEGER NOT NULL,
            rel_path TEXT NOT NULL,
            upload_id TEXT NOT NULL,
            part_number INTEGER NOT NULL,
            etag TEXT NOT NULL,
            PRIMARY KEY (queue_id, rel_path, upload_id, part_number),
            FOREIGN KEY (queue_id, rel_path) REFERENCES upload_objects (queue_id, rel_path)
                ON DELETE CASCADE
        )""",
        """CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN
                ('secretary', 'judge', 'technician', 'administrator')),
            password_hash TEXT,
            certificate_subject TEXT UNIQUE,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        )""",
    ],
    # 2: every write of a copy to a medium (app/copies/write_log.py created it on first use
    # before it joined the migrations; IF NOT EXISTS keeps such catalogs as they are)
    [
        """CREATE TABLE IF NOT EXISTS media_writes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            utc TEXT NOT NULL,
            kind TEXT NOT NULL,
            package TEXT NOT NULL,
            hearing_id TEXT,
            case_number TEXT NOT NULL DEFAULT '',
            medium TEXT NOT NULL DEFAULT '',
            medium_label TEXT NOT NULL DEFAULT '',
            fstype TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN ('done', 'failed', 'cancelled')),
            code TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            bytes INTEGER NOT NULL DEFAULT 0,
            seconds REAL NOT NULL DEFAULT 0,
            checksum TEXT NOT NULL DEFAULT '',
            application_id INTEGER,
            operator TEXT NOT NULL DEFAULT ''
        )""",
    ],
    # 3: password lockout (app/accounts/roles.py): consecutive failed password sign-ins per
    # username as typed (an unknown name is counted like a known one, so a lock does not reveal
    # which names exist), and the accounts' audit trail: failed sign-ins, locks, unlocks
    [
        """CREATE TABLE sign_in_failures (
            username TEXT PRIMARY KEY,
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure_utc TEXT NOT NULL
        )""",
        """CREATE TABLE account_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            utc TEXT NOT NULL,
            username TEXT NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('failed', 'locked', 'refused_locked', 'unlocked')),
            detail TEXT NOT NULL DEFAULT ''
        )""",
    ],
    # 4 (#16): account rows sealed with the station key, and the hash-chained audit log of
    # account changes (app/accounts/audit.py); station_meta keeps the seal marker and the log's head
    [
        "ALTER TABLE accounts ADD COLUMN mac TEXT",
        """CREATE TABLE account_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            utc TEXT NOT NULL,
            username TEXT NOT NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            by_user TEXT NOT NULL DEFAULT '',
            prev TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS station_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ],
    # 5 (#17): listening sessions in court (Rules p. 28, 35): who listened to which hearing, when,
    # on which application, and the applicant's mark; kept in the copy register beside copies
    [
        """CREATE TABLE listening_sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            hearing_id TEXT,
            case_number TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            applicant TEXT NOT NULL,
            applicant_role TEXT NOT NULL DEFAULT '',
            application_id INTEGER,
            started_utc TEXT NOT NULL,
            ended_utc TEXT,
            mark TEXT,
            operator TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX listening_sessions_case ON listening_sessions (case_number)",
    ],
]
