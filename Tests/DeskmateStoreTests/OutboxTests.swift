import DeskmateCore
import DeskmateStore
import Foundation
import Testing

/// The outbox on its own: what it holds, what it sends, what it keeps when a
/// send fails partway, and what forgetting leaves of a patron in it.
@Suite struct OutboxTests {
    let folder = TempFolder()
    var path: String { folder.file("private/outbox.sqlite") }

    func drafts(_ notes: [String], patron: Int64? = nil) -> [EncounterDraft] {
        notes.enumerated().map { i, note in encounter(patron: patron, arrived: t0.addingTimeInterval(Double(i * 60)), note: note) }
    }

    func storedNotes(_ store: SQLiteStore) throws -> [String] {
        try store.encounters(arrivedFrom: t0.addingTimeInterval(-86_400), to: t0.addingTimeInterval(86_400)).map(\.note)
    }

    @Test func holdKeepsDraftsPrivatelyOldestFirstEachWithItsID() throws {
        let outbox = try Outbox(path: path)
        let given = UUID()
        var first = drafts(["first"])[0]
        first.clientID = given
        #expect(try outbox.hold(first) == given)
        let second = try outbox.hold(encounter(note: "second", followUp: FollowUpDraft(promise: "a call", due: "2026-11-25")))
        #expect(second != given)
        #expect(try outbox.hold(first) == given, "holding it again keeps one entry")
        let held = try outbox.pending()
        #expect(held.map(\.clientID) == [given, second])
        #expect(held.map(\.draft.note) == ["first", "second"])
        #expect(held[0].draft == first)
        #expect(held[1].draft.followUp == FollowUpDraft(promise: "a call", due: "2026-11-25"))
        #expect(held.allSatisfy { $0.draft.clientID == $0.clientID })
        #expect(try outbox.pendingCount() == 2)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let dir = try FileManager.default.attributesOfItem(atPath: folder.file("private"))
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((dir[.posixPermissions] as? Int) == 0o700)
        // Reopened (another process), it still holds them.
        #expect(try Outbox(path: path).pendingCount() == 2)
    }

    @Test func aDraftNoStoreWouldTakeIsNotHeld() throws {
        let outbox = try Outbox(path: path)
        var late = encounter(note: "x")
        late.closed = late.arrived.addingTimeInterval(-1)
        #expect(throws: StoreError.self) { try outbox.hold(late) }
        #expect(throws: StoreError.self) { try outbox.hold(encounter(note: String(repeating: "n", count: 100_000))) }
        #expect(try outbox.pendingCount() == 0)
    }

    @Test func sendDeliversOldestFirstAndEmptiesIt() throws {
        let outbox = try Outbox(path: path)
        for draft in drafts(["a", "b", "c"]) { try outbox.hold(draft) }
        let store = try SQLiteStore.inMemory()
        let result = outbox.send(to: store)
        #expect(result == Outbox.SendResult(sent: 3, held: 0))
        #expect(try storedNotes(store) == ["a", "b", "c"])
        #expect(try outbox.pendingCount() == 0)
        #expect(outbox.send(to: store) == Outbox.SendResult())
        #expect(try storedNotes(store) == ["a", "b", "c"])
    }

    @Test func anOutageMidwayKeepsTheRestAndTheNextSendFinishesExactlyOnce() throws {
        let outbox = try Outbox(path: path)
        for draft in drafts(["a", "b", "c", "d", "e"]) { try outbox.hold(draft) }
        let store = FlakyStore(try SQLiteStore.inMemory())
        store.savesBeforeOutage = 2
        let partial = outbox.send(to: store)
        #expect(partial == Outbox.SendResult(sent: 2, held: 3, firstError: FlakyStore.outage))
        #expect(try outbox.pending().map(\.draft.note) == ["c", "d", "e"])
        store.savesBeforeOutage = nil
        #expect(outbox.send(to: store) == Outbox.SendResult(sent: 3, held: 0))
        #expect(try storedNotes(store.inner) == ["a", "b", "c", "d", "e"])
    }

    @Test func anEntryTheStoreHasAlreadyIsNotStoredTwice() throws {
        // A send killed after the store took an entry and before the outbox
        // let it go: the entry is in both, and the next send must not double it.
        let outbox = try Outbox(path: path)
        let store = try SQLiteStore.inMemory()
        for draft in drafts(["a", "b"]) { try outbox.hold(draft) }
        let first = try #require(try outbox.pending().first)
        _ = try store.logEncounter(first.draft)
        #expect(outbox.send(to: store) == Outbox.SendResult(sent: 2, held: 0))
        #expect(try storedNotes(store) == ["a", "b"])
    }

    @Test func aRefusedEntryWaitsWithoutHoldingBackTheOthers() throws {
        let outbox = try Outbox(path: path)
        for draft in drafts(["a", "refused", "c"]) { try outbox.hold(draft) }
        let store = FlakyStore(try SQLiteStore.inMemory())
        store.refusedNotes = ["refused"]
        #expect(outbox.send(to: store) == Outbox.SendResult(sent: 2, held: 1, firstError: .failed("refused")))
        #expect(try outbox.pending().map(\.draft.note) == ["refused"])
        #expect(try storedNotes(store.inner) == ["a", "c"])
    }

    @Test func anEntryWhosePatronWasForgottenElsewhereArrivesAsAnAnonymousCount() throws {
        let store = try SQLiteStore.inMemory()
        let patron = try store.addPatron(PatronDraft(name: "Zelda Quist"), now: t0)
        let outbox = try Outbox(path: path)
        try outbox.hold(encounter(patron: patron.id, note: "about Zelda", followUp: FollowUpDraft(promise: "call Zelda")))
        try store.forgetPatron(id: patron.id)
        #expect(outbox.send(to: store) == Outbox.SendResult(sent: 1, withoutPatron: 1, held: 0))
        let stored = try #require(try store.encounters(arrivedFrom: t0.addingTimeInterval(-60), to: t0.addingTimeInterval(60)).first)
        #expect(stored.patronID == nil && stored.note.isEmpty && stored.followUp == nil)
    }

    @Test func forgetLeavesNothingOfThePatronInTheOutbox() throws {
        let outbox = try Outbox(path: path)
        for draft in drafts(["Zelda's ILL request", "Zelda's renewal"], patron: 7) { try outbox.hold(draft) }
        var promised = encounter(patron: 7, note: "", followUp: FollowUpDraft(promise: "call Zelda back", due: "2026-11-25"))
        promised.arrived = t0.addingTimeInterval(600)
        promised.served = promised.arrived
        promised.closed = promised.arrived
        try outbox.hold(promised)
        try outbox.hold(encounter(patron: 8, note: "someone else"))
        #expect(try outbox.forget(patronID: 7) == 3)
        let held = try outbox.pending()
        #expect(held.count == 4, "their encounters still count, anonymously")
        #expect(held.filter { $0.draft.patronID == 7 }.isEmpty)
        #expect(held.filter { $0.draft.patronID == nil }.allSatisfy { $0.draft.note.isEmpty && $0.draft.followUp == nil })
        #expect(held.last?.draft.note == "someone else")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.range(of: Data("Zelda".utf8)) == nil, "the text is overwritten in the file")
    }

    @Test func aFileThatIsNotAnOutboxIsLeftAlone() throws {
        let storePath = folder.file("deskmate.sqlite")
        _ = try SQLiteStore(path: storePath)
        let before = try Data(contentsOf: URL(fileURLWithPath: storePath))
        #expect(throws: StoreError.notADeskmateStore(path: storePath)) { try Outbox(path: storePath) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: storePath)) == before)
    }
}
