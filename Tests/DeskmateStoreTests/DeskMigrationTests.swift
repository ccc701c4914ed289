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
        try sqlite(path, undoReportFactsSQL + """
            DROP INDEX timer_desk; DROP INDEX shift_desk_open; ALTER TABLE timer DROP COLUMN desk;
            ALTER TABLE timer DROP COLUMN branch; ALTER TABLE shift DROP COLUMN branch; ALTER TABLE encounter DROP COLUMN branch;
            DELETE FROM grdb_migrations WHERE identifier IN ('v4-timers-per-desk', 'v5-branches');
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
        let line = try store.timers(desk: "Reference", branch: DeskNames.defaultBranch)
        #expect(line.map(\.arrived) == [t0.addingTimeInterval(10), t0.addingTimeInterval(20)])
        #expect(line.last?.served == t0.addingTimeInterval(30))
        #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty)
        #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch)?.staff == "AK")
        #expect(try store.lastEndedShift(desk: "Reference", branch: DeskNames.defaultBranch)?.ended == t0.addingTimeInterval(-3600))
        #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == nil)
    }

    @Test func oldTimersWithNoOpenShiftGoToTheDefaultDesk() throws {
        let dir = TempFolder()
        let t = t0.timeIntervalSince1970
        let path = try oldStore(dir, rows: """
            INSERT INTO shift (desk, staff, started, ended) VALUES ('Reference', 'JB', \(t - 7200), \(t - 3600));
            INSERT INTO timer (arrived, mode) VALUES (\(t), 'chat');
            """)
        let store = try SQLiteStore(path: path)
        #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).map(\.mode) == [.chat])
        #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch).isEmpty)
        #expect(try store.lastEndedShift(desk: "Reference", branch: DeskNames.defaultBranch)?.staff == "JB")
    }

    /// A store from before branches (v4): its shift, its waiting line and its
    /// encounters all belong to the default branch afterwards, and a desk of
    /// the same name in another branch starts with nothing.
    @Test func aStoreFromBeforeBranchesBelongsToTheDefaultBranch() throws {
        let dir = TempFolder()
        let path = dir.file("v4.sqlite")
        let t = t0.timeIntervalSince1970
        do { _ = try SQLiteStore(path: path) }
        try sqlite(path, undoReportFactsSQL + """
            DROP INDEX timer_desk; DROP INDEX shift_desk_open;
            ALTER TABLE timer DROP COLUMN branch; ALTER TABLE shift DROP COLUMN branch; ALTER TABLE encounter DROP COLUMN branch;
            CREATE INDEX timer_desk ON timer(desk, arrived); CREATE INDEX shift_desk_open ON shift(desk, ended);
            DELETE FROM grdb_migrations WHERE identifier = 'v5-branches';
            INSERT INTO shift (desk, staff, started) VALUES ('Reference', 'AK', \(t));
            INSERT INTO timer (arrived, mode, desk) VALUES (\(t + 10), 'phone', 'Reference');
            INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed, note)
                VALUES ('Reference', 'AK', 'phone', 'policy', \(t + 5), \(t + 5), \(t + 60), '');
            """)
        let store = try SQLiteStore(path: path)
        #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch)?.branch == DeskNames.defaultBranch)
        #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch).map(\.mode) == [.phone])
        #expect(try store.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(100)).map(\.branch) == [DeskNames.defaultBranch])
        #expect(try store.timers(desk: "Reference", branch: "Eastside").isEmpty)
        #expect(try store.openShift(desk: "Reference", branch: "Eastside") == nil)
    }

    /// A store from before the notes search (v7): the notes it holds are
    /// indexed as it opens, and the index then follows every change.
    @Test func aStoreFromBeforeTheNotesSearchHasItsNotesFound() throws {
        let dir = TempFolder()
        let path = dir.file("v7.sqlite")
        let t = t0.timeIntervalSince1970
        do { _ = try SQLiteStore(path: path) }
        try sqlite(path, """
            DROP TRIGGER encounter_note_search_delete; DROP TRIGGER encounter_note_search_note;
            DROP TABLE encounter_note_search;
            DELETE FROM grdb_migrations WHERE identifier = 'v8-notes-search';
            INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed, note)
                VALUES ('Reference', 'AK', 'phone', 'policy', \(t), \(t), \(t + 60), 'Ångström units');
            INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed, note)
                VALUES ('Reference', 'AK', 'phone', 'policy', \(t + 5), \(t + 5), \(t + 60), '');
            INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed, note)
                VALUES ('Reference', 'AK', 'chat', 'policy', \(t + 9), \(t + 9), \(t + 60), 'units of time');
            """)
        let store = try SQLiteStore(path: path)
        // The migration's writes are back in the file: the WAL is empty for
        // the next program to open the store.
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "the WAL holds \(wal) bytes after the migration")
        #expect(try store.searchNotes("units", limit: 5, scope: .all).map(\.encounterID) == [3, 1])
        #expect(try store.searchNotes("angstrom", limit: 5, scope: .all).map(\.mode) == [.phone])
        #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(1)) == 1)
        #expect(try store.searchNotes("units", limit: 5, scope: .all).map(\.encounterID) == [3])
    }
}
