import DeskmateCore
import Foundation

extension PostgresStore: StoreMaintenance {
    /// The tables `VACUUM FULL` rewrites: every one that holds patron text
    /// or names, the desk's own, and the report's packed facts (patron ids).
    static let maintainedTables = ["patron", "encounter", "follow_up", "timer", "shift", "name_posting", "name_vocab", "name_sound",
                                   "report_facts", "report_facts_stale", "patron_first"]

    /// `VACUUM (FULL, ANALYZE)` on this store's tables (in its schema): each
    /// is written anew from its live rows, so a forgotten name leaves the
    /// table files, and the planner's statistics, which keep sample values,
    /// are made again. Each table is locked while it is rewritten: run it
    /// when the desks are closed.
    public func maintain() throws -> String {
        let tables = Self.maintainedTables.joined(separator: ", ")
        try read { session in
            _ = try session.query("VACUUM (FULL, ANALYZE) \(unescaped: tables)", seconds: 3_600)
        }
        return "Rewrote the tables of \(place) from their live rows (VACUUM FULL) and refreshed their statistics."
    }
}
