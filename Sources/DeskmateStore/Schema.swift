import GRDB

/// The store's migrations. A shipped migration is never edited: changes come
/// as new migrations appended at the end, so every desk's store can be
/// brought forward from any earlier version.
enum Schema: SQLiteFileFormat {
    /// "DSKM".
    static let applicationID: Int32 = 0x4453_4B4D

    static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-patrons-encounters-shifts", sql: """
            CREATE TABLE patron (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                preferred_name TEXT,
                pronunciation TEXT,
                notes TEXT,
                created REAL NOT NULL,
                last_seen REAL,
                visit_count INTEGER NOT NULL DEFAULT 0,
                folded TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX patron_last_seen ON patron(last_seen);

            CREATE TABLE encounter (
                id INTEGER PRIMARY KEY,
                patron_id INTEGER REFERENCES patron(id) ON DELETE SET NULL,
                desk TEXT NOT NULL,
                staff TEXT NOT NULL,
                mode TEXT NOT NULL,
                kind TEXT NOT NULL,
                read INTEGER CHECK (read BETWEEN 1 AND 6),
                arrived REAL NOT NULL,
                served REAL,
                closed REAL,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX encounter_arrived ON encounter(arrived);
            CREATE INDEX encounter_patron ON encounter(patron_id, arrived);

            CREATE TABLE follow_up (
                id INTEGER PRIMARY KEY,
                encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
                promise TEXT NOT NULL,
                due TEXT,
                kept_at REAL
            );
            CREATE INDEX follow_up_encounter ON follow_up(encounter_id);
            CREATE INDEX follow_up_open ON follow_up(kept_at, due);

            CREATE TABLE timer (
                id INTEGER PRIMARY KEY,
                arrived REAL NOT NULL,
                served REAL,
                patron_id INTEGER REFERENCES patron(id) ON DELETE SET NULL,
                mode TEXT NOT NULL
            );

            CREATE TABLE shift (
                id INTEGER PRIMARY KEY,
                desk TEXT NOT NULL,
                staff TEXT NOT NULL,
                started REAL NOT NULL,
                ended REAL
            );
            CREATE INDEX shift_started ON shift(started);
            """)
        NameIndexTables.migrate(&migrator)
        // Timers had no desk: one waiting line per store. Each now belongs
        // to a desk; a store's old timers go to the desk of its open shift
        // (the desk that was running them), else to the default desk.
        // Shifts already carry their desk.
        migrator.registerMigration("v4-timers-per-desk", sql: """
            ALTER TABLE timer ADD COLUMN desk TEXT NOT NULL DEFAULT 'Main desk';
            UPDATE timer SET desk = coalesce(
                (SELECT desk FROM shift WHERE ended IS NULL ORDER BY started DESC, id DESC LIMIT 1), 'Main desk');
            CREATE INDEX timer_desk ON timer(desk, arrived);
            CREATE INDEX shift_desk_open ON shift(desk, ended);
            """)
        // A desk is known by its name within its branch: encounters,
        // timers and shifts gain the branch, and what was stored before
        // belongs to the default branch (a library that names no
        // branches never sees one).
        migrator.registerMigration("v5-branches", sql: """
            ALTER TABLE encounter ADD COLUMN branch TEXT NOT NULL DEFAULT 'Main library';
            ALTER TABLE timer ADD COLUMN branch TEXT NOT NULL DEFAULT 'Main library';
            ALTER TABLE shift ADD COLUMN branch TEXT NOT NULL DEFAULT 'Main library';
            DROP INDEX timer_desk;
            DROP INDEX shift_desk_open;
            CREATE INDEX timer_desk ON timer(branch, desk, arrived);
            CREATE INDEX shift_desk_open ON shift(branch, desk, ended);
            """)
        // The sender's id of an encounter (EncounterDraft.clientID), so one
        // sent twice — retried from the outbox — is stored once. Existing
        // encounters have none; NULLs never collide in a unique index.
        migrator.registerMigration("v6-encounter-client-id", sql: """
            ALTER TABLE encounter ADD COLUMN client_id TEXT;
            CREATE UNIQUE INDEX encounter_client_id ON encounter(client_id);
            """)
        // The trail of corrections: when, by whom, which fields (with old
        // and new values only for kind, mode, READ and due day).
        migrator.registerMigration("v7-encounter-changes", sql: """
            CREATE TABLE encounter_change (
                id INTEGER PRIMARY KEY,
                encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
                at REAL NOT NULL,
                staff TEXT NOT NULL,
                fields TEXT NOT NULL
            );
            CREATE INDEX encounter_change_encounter ON encounter_change(encounter_id, at);
            """)
        NoteSearchTable.migrate(&migrator)
        ReportFactsTable.migrate(&migrator)
    }
}
