import Foundation

/// The JSON the commands print. These shapes are documented in the README and
/// kept stable: fields may be added, never renamed or removed.
public enum JSONShapes {
    public struct PatronJSON: Encodable, Sendable {
        public var id: Int64
        public var name: String
        public var preferredName: String?
        public var pronunciation: String?
        public var notes: String?
        public var created: Date
        public var lastSeen: Date?
        public var visitCount: Int

        public init(_ p: Patron) {
            id = p.id; name = p.name; preferredName = p.preferredName; pronunciation = p.pronunciation
            notes = p.notes; created = p.created; lastSeen = p.lastSeen; visitCount = p.visitCount
        }

        enum CodingKeys: String, CodingKey { case id, name, preferredName, pronunciation, notes, created, lastSeen, visitCount }

        /// Absent values are written as `null`, so every documented key is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(preferredName, forKey: .preferredName)
            try c.encode(pronunciation, forKey: .pronunciation)
            try c.encode(notes, forKey: .notes)
            try c.encode(created, forKey: .created)
            try c.encode(lastSeen, forKey: .lastSeen)
            try c.encode(visitCount, forKey: .visitCount)
        }
    }

    public struct FollowUpJSON: Encodable, Sendable {
        public var id: Int64
        public var encounterId: Int64
        public var promise: String
        public var due: String?
        public var kept: Bool
        public var keptAt: Date?

        public init(_ f: FollowUp) {
            id = f.id; encounterId = f.encounterID; promise = f.promise; due = f.due; kept = f.isKept; keptAt = f.keptAt
        }

        enum CodingKeys: String, CodingKey { case id, encounterId, promise, due, kept, keptAt }

        /// Absent values are written as `null`, so every documented key is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(encounterId, forKey: .encounterId)
            try c.encode(promise, forKey: .promise)
            try c.encode(due, forKey: .due)
            try c.encode(kept, forKey: .kept)
            try c.encode(keptAt, forKey: .keptAt)
        }
    }

    public struct EncounterJSON: Encodable, Sendable {
        public var id: Int64
        public var patronId: Int64?
        public var desk: String
        public var staff: String
        public var mode: String
        public var kind: String
        public var read: Int?
        public var arrived: Date
        public var served: Date?
        public var closed: Date?
        public var waitSeconds: Double?
        public var serviceSeconds: Double?
        public var note: String
        public var followUp: FollowUpJSON?

        public init(_ e: Encounter) {
            id = e.id; patronId = e.patronID; desk = e.desk; staff = e.staff; mode = e.mode.rawValue
            kind = e.kind.rawValue; read = e.read?.rawValue; arrived = e.arrived; served = e.served; closed = e.closed
            waitSeconds = e.wait; serviceSeconds = e.service; note = e.note; followUp = e.followUp.map(FollowUpJSON.init)
        }

        enum CodingKeys: String, CodingKey { case id, patronId, desk, staff, mode, kind, read, arrived, served, closed, waitSeconds, serviceSeconds, note, followUp }

        /// Absent values are written as `null`, so every documented key is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(patronId, forKey: .patronId)
            try c.encode(desk, forKey: .desk)
            try c.encode(staff, forKey: .staff)
            try c.encode(mode, forKey: .mode)
            try c.encode(kind, forKey: .kind)
            try c.encode(read, forKey: .read)
            try c.encode(arrived, forKey: .arrived)
            try c.encode(served, forKey: .served)
            try c.encode(closed, forKey: .closed)
            try c.encode(waitSeconds, forKey: .waitSeconds)
            try c.encode(serviceSeconds, forKey: .serviceSeconds)
            try c.encode(note, forKey: .note)
            try c.encode(followUp, forKey: .followUp)
        }
    }

    public struct MatchJSON: Encodable, Sendable {
        public var id: Int64
        public var name: String
        public var preferredName: String?
        public var pronunciation: String?
        public var lastSeen: Date?
        public var visitCount: Int
        public var lastEncounter: EncounterJSON?
        public var match: MatchReason

        public init(_ m: PatronMatch) {
            id = m.patron.id; name = m.patron.name; preferredName = m.patron.preferredName
            pronunciation = m.patron.pronunciation; lastSeen = m.patron.lastSeen; visitCount = m.patron.visitCount
            lastEncounter = m.lastEncounter.map(EncounterJSON.init); match = m.reason
        }

        enum CodingKeys: String, CodingKey { case id, name, preferredName, pronunciation, lastSeen, visitCount, lastEncounter, match }

        /// Absent values are written as `null`, so every documented key is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(preferredName, forKey: .preferredName)
            try c.encode(pronunciation, forKey: .pronunciation)
            try c.encode(lastSeen, forKey: .lastSeen)
            try c.encode(visitCount, forKey: .visitCount)
            try c.encode(lastEncounter, forKey: .lastEncounter)
            try c.encode(match, forKey: .match)
        }
    }

    public struct OwedJSON: Encodable, Sendable {
        public var followUp: FollowUpJSON
        public var encounter: EncounterJSON
        public var patron: PatronJSON?

        public init(followUp: FollowUpJSON, encounter: EncounterJSON, patron: PatronJSON?) {
            self.followUp = followUp
            self.encounter = encounter
            self.patron = patron
        }
    }

    /// A patron's card as `patron show --json` prints it.
    public struct CardJSON: Encodable, Sendable {
        public var patron: PatronJSON
        public var recent: [EncounterJSON]

        public init(patron: PatronJSON, recent: [EncounterJSON]) {
            self.patron = patron
            self.recent = recent
        }
    }

    public struct PromptJSON: Encodable, Sendable {
        public var number: Int
        public var text: String
        public var attribution: String
        public var closing: String?
        public var because: String?

        public init(number: Int, text: String, attribution: String, closing: String?, because: String?) {
            self.number = number
            self.text = text
            self.attribution = attribution
            self.closing = closing
            self.because = because
        }

        enum CodingKeys: String, CodingKey { case number, text, attribution, closing, because }

        /// Absent values are written as `null`, so every documented key is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(text, forKey: .text)
            try c.encode(attribution, forKey: .attribution)
            try c.encode(closing, forKey: .closing)
            try c.encode(because, forKey: .because)
        }
    }
}

/// A shift as `shift start/end --json` print it.
public struct ShiftJSON: Encodable, Sendable {
    public var id: Int64
    public var desk: String
    public var staff: String
    public var started: Date
    public var ended: Date?

    public init(_ s: Shift) { id = s.id; desk = s.desk; staff = s.staff; started = s.started; ended = s.ended }

    enum CodingKeys: String, CodingKey { case id, desk, staff, started, ended }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(desk, forKey: .desk)
        try c.encode(staff, forKey: .staff)
        try c.encode(InstantFormat.iso8601(started), forKey: .started)
        try c.encode(ended.map(InstantFormat.iso8601), forKey: .ended)
    }
}
