import Foundation

extension JSONShapes {
    /// `encounter show --json` and `encounter edit --json`: the Encounter's
    /// keys, and `changes`, its trail of corrections, oldest first.
    public struct EncounterWithChangesJSON: Encodable, Sendable {
        public var encounter: EncounterJSON
        public var changes: [ChangeJSON]

        public init(_ encounter: Encounter, changes: [EncounterChange]) {
            self.encounter = EncounterJSON(encounter)
            self.changes = changes.map(ChangeJSON.init)
        }

        enum CodingKeys: String, CodingKey { case changes }

        public func encode(to encoder: Encoder) throws {
            try encounter.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(changes, forKey: .changes)
        }
    }

    /// One correction: `{ at, staff, fields: [{ name, from, to }] }`, where
    /// `from` and `to` are null for a note's or a promise's text.
    public struct ChangeJSON: Encodable, Sendable {
        public struct Field: Encodable, Sendable {
            public var name: String
            @OrNull public var from: String?
            @OrNull public var to: String?
        }

        public var at: Date
        public var staff: String
        public var fields: [Field]

        public init(_ change: EncounterChange) {
            at = change.at
            staff = change.staff
            fields = change.fields.map { Field(name: $0.name, from: $0.from, to: $0.to) }
        }
    }
}
