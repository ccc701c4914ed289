import DeskmateCore
import DeskmateStore
import Foundation
import TestSupport
import Testing

/// A store from before timers had a desk (migrations up to v3) is brought
/// forward without losing its waiting line or its shifts: timers go to the
/// desk of the open shift, else to "Main desk"; shifts keep their desk.
@Suite struct DeskMigrationTests {
    /// A store as the last release left it: built now, then taken back to v3
    /// (the timer table without its desk column, the v4 migration unapplied),
    /// with `rows` inserted into that old shape.
    func oldStore(_ dir: TempFolder, rows: String) throws -> String {
        let path = dir.file("old.sqlite")
        do { _ = try SQLiteStore(path: path) }
        try sqlite(path, """
            DROP INDEX timer_desk; DROP INDEX shift_desk_open; ALTER TABLE timer DROP COLUMN desk;
            DELETE FROM grdb_migrations WHERE identifier = 'v4-timers-per-desk';
            \(rows)
            """)
        return path
    }

    @Test func oldTimersJoinTheOpenShiftsDeskAndShiftsKeepTheirs() throws {
        let dir = TempFolder()
        let t = t0.timeIntervalSince1970
        let path = try oldStore(dir, rows: """
            INSERT INTO shift (desk, staff, started, ended) VALUES ('Reference', 'JB', \(t - 7200), \(t - 3600));
            INSERT INTO shift (desk, staff, started, ended) VALUES ('Reference', 'AK', \(t), NULL);
            INSERT INTO timer (arrived, mode) VALUES (\(t + 10), 'phone');
            INSERT INTO timer (arrived, served, mode) VALUES (\(t + 20), \(t + 30), 'in-person');
            """)
        let store = try SQLiteStore(path: path)
        let line = try store.timers(desk: "Reference")
        #expect(line.map(\.arrived) == [t0.addingTimeInterval(10), t0.addingTimeInterval(20)])
        #expect(line.last?.served == t0.addingTimeInterval(30))
        #expect(try store.timers(desk: "Main desk").isEmpty)
        #expect(try store.openShift(desk: "Reference")?.staff == "AK")
        #expect(try store.lastEndedShift(desk: "Reference")?.ended == t0.addingTimeInterval(-3600))
        #expect(try store.openShift(desk: "Main desk") == nil)
    }

    @Test func oldTimersWithNoOpenShiftGoToTheDefaultDesk() throws {
        let dir = TempFolder()
        let t = t0.timeIntervalSince1970
        let path = try oldStore(dir, rows: """
            INSERT INTO shift (desk, staff, started, ended) VALUES ('Reference', 'JB', \(t - 7200), \(t - 3600));
            INSERT INTO timer (arrived, mode) VALUES (\(t), 'chat');
            """)
        let store = try SQLiteStore(path: path)
        #expect(try store.timers(desk: "Main desk").map(\.mode) == [.chat])
        #expect(try store.timers(desk: "Reference").isEmpty)
        #expect(try store.lastEndedShift(desk: "Reference")?.staff == "JB")
    }
}
