import DeskmateCore
import DeskmateStore
import Foundation
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
}
