import DeskmateCore
import Foundation

/// The JSON the commands print. These shapes are documented in the README and
/// kept stable: fields may be added, never renamed or removed.
enum JSONShapes {
    struct PatronJSON: Encodable {
        var id: Int64
        var name: String
        var preferredName: String?
        var pronunciation: String?
        var notes: String?
        var created: Date
        var lastSeen: Date?
        var visitCount: Int

        init(_ p: Patron) {
            id = p.id; name = p.name; preferredName = p.preferredName; pronunciation = p.pronunciation
            notes = p.notes; created = p.created; lastSeen = p.lastSeen; visitCount = p.visitCount
        }

        enum CodingKeys: String, CodingKey { case id, name, preferredName, pronunciation, notes, created, lastSeen, visitCount }

        /// Absent values are written as `null`, so every documented key is always there.
        func encode(to encoder: Encoder) throws {
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

    struct FollowUpJSON: Encodable {
        var id: Int64
        var encounterId: Int64
        var promise: String
        var due: String?
        var kept: Bool
        var keptAt: Date?

        init(_ f: FollowUp) {
            id = f.id; encounterId = f.encounterID; promise = f.promise; due = f.due; kept = f.isKept; keptAt = f.keptAt
        }

        enum CodingKeys: String, CodingKey { case id, encounterId, promise, due, kept, keptAt }

        /// Absent values are written as `null`, so every documented key is always there.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(encounterId, forKey: .encounterId)
            try c.encode(promise, forKey: .promise)
            try c.encode(due, forKey: .due)
            try c.encode(kept, forKey: .kept)
            try c.encode(keptAt, forKey: .keptAt)
        }
    }

    struct EncounterJSON: Encodable {
        var id: Int64
        var patronId: Int64?
        var desk: String
        var staff: String
        var mode: String
        var kind: String
        var read: Int?
        var arrived: Date
        var served: Date?
        var closed: Date?
        var waitSeconds: Double?
        var serviceSeconds: Double?
        var note: String
        var followUp: FollowUpJSON?

        init(_ e: Encounter) {
            id = e.id; patronId = e.patronID; desk = e.desk; staff = e.staff; mode = e.mode.rawValue
            kind = e.kind.rawValue; read = e.read?.rawValue; arrived = e.arrived; served = e.served; closed = e.closed
            waitSeconds = e.wait; serviceSeconds = e.service; note = e.note; followUp = e.followUp.map(FollowUpJSON.init)
        }

        enum CodingKeys: String, CodingKey { case id, patronId, desk, staff, mode, kind, read, arrived, served, closed, waitSeconds, serviceSeconds, note, followUp }

        /// Absent values are written as `null`, so every documented key is always there.
        func encode(to encoder: Encoder) throws {
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

    struct MatchJSON: Encodable {
        var id: Int64
        var name: String
        var preferredName: String?
        var pronunciation: String?
        var lastSeen: Date?
        var visitCount: Int
        var lastEncounter: EncounterJSON?
        var match: MatchReason

        init(_ m: PatronMatch) {
            id = m.patron.id; name = m.patron.name; preferredName = m.patron.preferredName
            pronunciation = m.patron.pronunciation; lastSeen = m.patron.lastSeen; visitCount = m.patron.visitCount
            lastEncounter = m.lastEncounter.map(EncounterJSON.init); match = m.reason
        }

        enum CodingKeys: String, CodingKey { case id, name, preferredName, pronunciation, lastSeen, visitCount, lastEncounter, match }

        /// Absent values are written as `null`, so every documented key is always there.
        func encode(to encoder: Encoder) throws {
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

    struct OwedJSON: Encodable {
        var followUp: FollowUpJSON
        var encounter: EncounterJSON
        var patron: PatronJSON?
    }

    struct PromptJSON: Encodable {
        var number: Int
        var text: String
        var attribution: String
        var closing: String?
        var because: String?

        enum CodingKeys: String, CodingKey { case number, text, attribution, closing, because }

        /// Absent values are written as `null`, so every documented key is always there.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(text, forKey: .text)
            try c.encode(attribution, forKey: .attribution)
            try c.encode(closing, forKey: .closing)
            try c.encode(because, forKey: .because)
        }
    }
}

/// Encodes JSON that is safe to print to a terminal: JSONEncoder escapes C0
/// controls, and this also escapes C1 controls and bidi/format characters
/// that a terminal could act on.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.string(date))
        }
        let data = try encoder.encode(value)
        var out = ""
        out.unicodeScalars.reserveCapacity(data.count)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029 {
                out += String(format: "\\u%04x", v)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }
}

/// Instants as ISO 8601 with the UTC offset, the form scripts read best.
enum ISO8601 {
    static func string(_ date: Date) -> String { InstantFormat.iso8601(date) }
}

/// A shift as `shift start/end --json` print it.
struct ShiftJSON: Encodable {
    var id: Int64
    var desk: String
    var staff: String
    var started: Date
    var ended: Date?

    init(_ s: Shift) { id = s.id; desk = s.desk; staff = s.staff; started = s.started; ended = s.ended }

    enum CodingKeys: String, CodingKey { case id, desk, staff, started, ended }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(desk, forKey: .desk)
        try c.encode(staff, forKey: .staff)
        try c.encode(ISO8601.string(started), forKey: .started)
        try c.encode(ended.map(ISO8601.string), forKey: .ended)
    }
}
