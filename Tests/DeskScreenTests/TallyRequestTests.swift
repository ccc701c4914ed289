import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// The store request behind the past-hour tally form, on a store that
/// stops part way: it says how many it took, the form keeps the rest, and
/// Enter again records only those — none lost, none counted twice.
@Suite struct TallyRequestTests {
    /// Lets `allowed` saves through, then throws `error` for every one after.
    final class SaveLimit: @unchecked Sendable {
        private let lock = NSLock()
        private var saves = 0
        var allowed: Int
        let error: StoreError

        init(allowed: Int, error: StoreError) {
            self.allowed = allowed
            self.error = error
        }

        func check(_ method: String) throws {
            guard method.hasPrefix("logEncounter") else { return }
            try lock.withLock {
                guard saves < allowed else { throw error }
                saves += 1
            }
        }
    }

    func stopped(_ messages: [DeskMessage]) -> Int? {
        for case .tallyStopped(let recorded) in messages { return recorded }
        return nil
    }

    static let draft = EncounterDraft.tally(kind: .directional, mode: .inPerson, read: nil, at: Fixture.now.addingTimeInterval(-3600),
                                            desk: "Main desk", branch: DeskNames.defaultBranch, staff: "JB")

    func stored(_ store: SQLiteStore) throws -> Int {
        try store.encounters(arrivedFrom: Fixture.now.addingTimeInterval(-4 * 3600), to: Fixture.now).count
    }

    @Test func aRefusalPartWaySaysHowManyWentAndTheFormSendsOnlyTheRest() throws {
        let base = try SQLiteStore.inMemory()
        let limit = SaveLimit(allowed: 5, error: StoreError.failed("The disk is full."))
        let requests = DeskStoreRequests(store: DeferredStore(base) { try limit.check($0) }, config: Fixture.config)
        let messages = requests.tally(Self.draft, count: 12)
        #expect(stopped(messages) == 5)
        #expect(messages.contains { if case .failed(let text) = $0 { text.contains("disk is full") } else { false } })
        #expect(try stored(base) == 5)

        // The form, fed the answer, sends the other seven; the store takes them.
        var s = PeriodFixture.tallyForm()
        _ = DeskUpdate.update(&s, .key(.enter))
        for message in messages { _ = DeskUpdate.update(&s, message) }
        guard case .tally(let draft, let rest)? = DeskUpdate.update(&s, .key(.enter)).first else {
            Issue.record("Enter did not send the rest")
            return
        }
        limit.allowed = 100
        let answer = requests.tally(draft, count: rest)
        #expect(answer.contains { if case .tallied(count: 7, kind: .directional, at: _) = $0 { true } else { false } })
        #expect(try stored(base) == 12, "twelve in all, none twice")
    }

    @Test func anUnreachableStoreSaysHowManyWentAndIsNotTriedUntilBack() throws {
        let base = try SQLiteStore.inMemory()
        let limit = SaveLimit(allowed: 3, error: StoreError.unreachable(place: "postgresql://desk@db/library", detail: "The connection was lost."))
        let requests = DeskStoreRequests(store: DeferredStore(base) { try limit.check($0) }, config: Fixture.config)
        let messages = requests.tally(Self.draft, count: 12)
        #expect(stopped(messages) == 3)
        #expect(messages.contains { if case .storeUnreachable = $0 { true } else { false } })
        // While it is known to be unreachable, nothing is tried and nothing recorded.
        #expect(stopped(requests.tally(Self.draft, count: 9)) == 0)
        #expect(try stored(base) == 3)
    }
}
