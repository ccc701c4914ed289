import GRDB

/// A kind of SQLite file Deskmate keeps — the store (`Schema`) or a desk's
/// outbox (`OutboxTable`) — so both are told from any other file, and
/// brought up to date, the same way (`SQLiteStore.claim`).
protocol SQLiteFileFormat {
    /// `PRAGMA application_id` of a file of this kind, so a file that merely
    /// happens to be SQLite, or a file of the other kind, is never taken for one.
    static var applicationID: Int32 { get }
    /// Registers the file's migrations, oldest first. A shipped migration is
    /// never edited: changes come as new migrations at the end, so a file
    /// from any earlier version is brought forward.
    static func migrate(_ migrator: inout DatabaseMigrator)
}

extension SQLiteFileFormat {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrate(&migrator)
        return migrator
    }
}

extension DatabaseMigrator {
    /// A migration that is only SQL statements.
    mutating func registerMigration(_ identifier: String, sql: String) {
        registerMigration(identifier) { db in try db.execute(sql: sql) }
    }
}
