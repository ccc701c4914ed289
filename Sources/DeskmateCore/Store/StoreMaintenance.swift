/// Housekeeping a store needs now and then, so that what `forget` and
/// `purge` removed is gone from the store's files too, not only from its
/// rows: SQLite rewrites its file (`VACUUM`) and empties its write-ahead
/// log; PostgreSQL rewrites the tables that hold patron text
/// (`VACUUM FULL`), since it keeps dead row versions until then.
public protocol StoreMaintenance {
    /// Rewrites the store's files; what was done, in one line for staff.
    func maintain() throws -> String
}
