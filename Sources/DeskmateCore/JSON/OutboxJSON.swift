import Foundation

extension JSONShapes.EncounterJSON {
    /// An encounter not stored yet, waiting in the outbox: the draft as the
    /// store will record it, with no `id` (the store gives it one when it
    /// arrives) and a follow-up with no `id` or `encounterId` yet.
    public init(held draft: EncounterDraft) {
        let promise = draft.followUp.flatMap { $0.promise.isEmpty ? nil : $0 }
        self.init(Encounter(
            id: 0, patronID: draft.patronID, desk: draft.desk, branch: draft.branch, staff: draft.staff, mode: draft.mode,
            kind: draft.kind, read: draft.read, arrived: draft.arrived, served: draft.served ?? draft.arrived, closed: draft.closed,
            note: draft.note, followUp: promise.map { FollowUp(id: 0, encounterID: 0, promise: $0.promise, due: $0.due) }))
        id = nil
        followUp?.id = nil
        followUp?.encounterId = nil
    }
}

extension JSONShapes {
    /// `log --json`: every key of the Encounter shape, plus whether it waits
    /// in the outbox (`held`: the shared store could not be reached; `id` is
    /// then null), the encounter's client id (null on a store file, which
    /// never uses the outbox) and how many encounters wait in the outbox
    /// after this one (`waiting`).
    public struct LoggedJSON: Encodable, Sendable {
        public var encounter: EncounterJSON
        public var held: Bool
        public var clientId: UUID?
        public var waiting: Int

        public init(encounter: EncounterJSON, held: Bool, clientId: UUID?, waiting: Int) {
            self.encounter = encounter
            self.held = held
            self.clientId = clientId
            self.waiting = waiting
        }

        private enum Keys: String, CodingKey { case held, clientId, waiting }

        /// The encounter's keys and these three in one object.
        public func encode(to encoder: Encoder) throws {
            try encounter.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(held, forKey: .held)
            try container.encode(OrNull(wrappedValue: clientId?.uuidString.lowercased()), forKey: .clientId)
            try container.encode(waiting, forKey: .waiting)
        }
    }

    /// `sync --json`: how many encounters the store received (`withoutPatron`
    /// of them as anonymous counts, their patron being no longer in the
    /// store), how many still wait, and why the rest did not go (null when
    /// all went).
    public struct SyncJSON: Encodable, Sendable {
        public var sent: Int
        public var withoutPatron: Int
        public var waiting: Int
        @OrNull public var error: String?

        public init(sent: Int, withoutPatron: Int, waiting: Int, error: String?) {
            self.sent = sent
            self.withoutPatron = withoutPatron
            self.waiting = waiting
            self.error = error
        }
    }
}
