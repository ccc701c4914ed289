import DeskmateCore
import DeskmateStore
import Foundation
import TestSupport
import Testing

@Suite struct PrivacyTests {
    /// After `forget`, the canary name is in none of the files the store uses.
    @Test func forgettingLeavesNoTrace() throws {
        let dir = TempFolder()
        let path = dir.file("s.sqlite")
        let canary = "Quillon Xyzzyvanderbeek"
        let store = try SQLiteStore(path: path)
        for i in 0..<50 { _ = try store.addPatron(PatronDraft(name: "Other Person \(i)"), now: t0) }
        let p = try store.addPatron(PatronDraft(name: canary, preferredName: "Quill", notes: "\(canary) likes maps"), now: t0)
        _ = try store.logEncounter(encounter(
            patron: p.id, note: "asked for \(canary)'s hold", followUp: FollowUpDraft(promise: "call \(canary)")))
        try store.forgetPatron(id: p.id)
        #expect(try store.patron(id: p.id) == nil)
        #expect(try store.lookup("quillon", limit: 5, now: t0).isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.contains("s.sqlite"))
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir.file(file)))
            #expect(data.range(of: Data("Xyzzyvanderbeek".utf8)) == nil, "canary found in \(file)")
            #expect(data.range(of: Data("xyzzyvanderbeek".utf8)) == nil, "folded canary found in \(file)")
        }
        // The encounter still counts, anonymously.
        let all = try store.encounters(arrivedFrom: t0.addingTimeInterval(-1), to: t0.addingTimeInterval(3600))
        #expect(all.count == 1)
        #expect(all[0].patronID == nil && all[0].note.isEmpty && all[0].followUp == nil)
    }

    @Test func purgeKeepsCountsAndDropsDetails() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0, note: "old", followUp: FollowUpDraft(promise: "x")))
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(86_400 * 400), note: "new"))
        #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(86_400)) == 1)
        let all = try store.encounters(arrivedFrom: .distantPast, to: .distantFuture)
        #expect(all.map(\.note) == ["", "new"])
        #expect(all.map(\.patronID) == [nil, p.id])
        #expect(try store.followUps(openOnly: false).isEmpty)
    }

    /// `grep -a -r` over the store's folder: the files that hold the canary.
    func filesHolding(_ text: String, in folder: String) throws -> [String] {
        let result = try Subprocess.run("/bin/grep", ["-a", "-r", "-l", "-i", text, folder])
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// Two desks have the store open; one forgets a patron the other has just
    /// looked up. With secure_delete and the truncating checkpoint, `grep -a`
    /// finds the canary in none of the store, its -wal, -shm or .lock — while
    /// both desks are still open, and after they close.
    @Test func forgettingWithAnotherDeskOpenLeavesNoTraceForGrep() throws {
        let dir = TempFolder()
        let path = dir.file("store/deskmate.sqlite")
        let canary = "Zebulonia Qwertyfoxhallow"
        var deskA: SQLiteStore? = try SQLiteStore(path: path)
        var deskB: SQLiteStore? = try SQLiteStore(path: path)
        for i in 0..<30 { _ = try deskA?.addPatron(PatronDraft(name: "Neighbour \(i) Person", notes: "n \(i)"), now: t0) }
        let p = try #require(try deskA?.addPatron(
            PatronDraft(name: canary, preferredName: "Qwertyfoxhallow", pronunciation: "QWERTY-fox", notes: "\(canary) notes"), now: t0))
        for i in 0..<5 {
            _ = try deskB?.logEncounter(encounter(
                patron: p.id, arrived: t0.addingTimeInterval(Double(i) * 600), note: "Qwertyfoxhallow asked \(i)",
                followUp: FollowUpDraft(promise: "ring Qwertyfoxhallow")))
        }
        #expect(try deskB?.lookup("qwertyfox", limit: 5, now: t0).isEmpty == false)
        #expect(try !filesHolding("Qwertyfoxhallow", in: dir.path).isEmpty, "the canary should be on disk before forget")
        try deskA?.forgetPatron(id: p.id)
        // Desk B keeps working after the forget.
        _ = try deskB?.addPatron(PatronDraft(name: "Later Person"), now: t0)
        // No checkpoint here: the forget must have left no trace on its own.
        #expect(try filesHolding("Qwertyfoxhallow", in: dir.path) == [], "canary found while both desks are open")
        #expect(try deskB?.lookup("qwertyfox", limit: 5, now: t0).isEmpty == true)
        deskA = nil
        deskB = nil
        #expect(try filesHolding("Qwertyfoxhallow", in: dir.path) == [], "canary found after both desks closed")
        #expect(try filesHolding("Zebulonia", in: dir.path) == [])
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.file("store")).sorted()
        print("privacy canary: grep -a -r over \(files) after forget with two desks open: not found")
    }

    /// A checkpoint that another connection keeps from finishing (a reader
    /// in the middle of a transaction) is not taken for done: it is tried
    /// again, then reported as `.locked`; once the reader is gone it works.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 is not installed"))
    func aBusyCheckpointIsReportedNotIgnored() throws {
        let dir = TempFolder()
        let path = dir.file("store/deskmate.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.3)
        _ = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        let reader = try Self.readerMidTransaction(on: path, in: dir)
        defer { reader.kill(); reader.wait(seconds: 5) }
        // A write after the reader's snapshot: the WAL cannot be emptied under it.
        _ = try store.addPatron(PatronDraft(name: "Bo Ek"), now: t0)
        #expect(throws: StoreError.locked(path: path)) { try store.checkpointTruncate() }
        reader.kill()
        reader.wait(seconds: 5)
        try store.checkpointTruncate()
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(wal == 0, "the WAL was not emptied: \(wal ?? -1) bytes")
    }

    /// Another program — the sqlite3 shell — in the middle of a read
    /// transaction on `path` for up to 8 s; returns once its read has begun.
    static func readerMidTransaction(on path: String, in dir: TempFolder) throws -> Subprocess.Child {
        let ready = dir.file("ready-\(UUID().uuidString)")
        let reader = try Subprocess.spawn(
            "/usr/bin/sqlite3", [path],
            stdin: Data("BEGIN;\nSELECT count(*) FROM patron;\n.shell touch \(ready)\n.shell sleep 8\nCOMMIT;\n".utf8))
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: ready) && Date() < deadline { usleep(20_000) }
        guard FileManager.default.fileExists(atPath: ready) else {
            reader.kill()
            reader.wait(seconds: 5)
            throw CLIError(message: "sqlite3 never began its read")
        }
        return reader
    }

    /// A forget that committed while another program's read keeps the WAL
    /// from being emptied says what was done and what waits, not "busy".
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 is not installed"))
    func aForgetBlockedFromWipingSaysItIsDone() throws {
        let dir = TempFolder()
        let path = dir.file("store/deskmate.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.3)
        let ann = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        let reader = try Self.readerMidTransaction(on: path, in: dir)
        defer { reader.kill(); reader.wait(seconds: 5) }
        do {
            try store.forgetPatron(id: ann.id)
            Issue.record("the forget reported a clean wipe while a reader held the WAL")
        } catch let error as StoreError {
            #expect(error.description.contains("Patron \(ann.id) is forgotten"), "\(error)")
            #expect(error.description.contains("deskmate.sqlite-wal"), "\(error)")
            #expect(!error.description.contains("Ann"), "the message names the patron")
        }
        #expect(try store.patron(id: ann.id) == nil, "the forget itself did not commit")
        reader.kill()
        reader.wait(seconds: 5)
        _ = try store.purge(arrivedBefore: t0)
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(wal == 0, "the next purge did not empty the WAL: \(wal ?? -1) bytes")
    }

    /// Purged encounters' notes and promises are overwritten too.
    @Test func purgingLeavesNoTraceForGrep() throws {
        let dir = TempFolder()
        let path = dir.file("store/deskmate.sqlite")
        let store = try SQLiteStore(path: path)
        let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        for i in 0..<20 {
            _ = try store.logEncounter(encounter(
                patron: p.id, arrived: t0.addingTimeInterval(Double(i) * 86_400), note: "Oldsecretnote \(i)",
                followUp: FollowUpDraft(promise: "Oldsecretpromise \(i)")))
        }
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(86_400 * 400), note: "recent"))
        #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(86_400 * 100)) == 20)
        #expect(try filesHolding("Oldsecret", in: dir.path) == [])
        let all = try store.encounters(arrivedFrom: .distantPast, to: .distantFuture)
        #expect(all.count == 21)
        #expect(all.filter { $0.patronID == nil && $0.note.isEmpty }.count == 20)
    }
}
