import Foundation

/// The JSON the commands print, in the shapes the README documents and
/// keeps stable: fields may be added, never renamed or removed. Instants
/// are `Date`s, written by `JSONOutput` as ISO 8601 in UTC; `@OrNull`
/// writes what is absent as `null`. `JSONShapeGoldenTests` holds each
/// shape's exact text.
public enum JSONShapes {
    /// `patron add/edit --json`, `export patrons --format json`.
    public struct PatronJSON: Encodable, Sendable {
        public var id: Int64
        public var name: String
        @OrNull public var preferredName: String?
        @OrNull public var pronunciation: String?
        @OrNull public var notes: String?
        public var created: Date
        @OrNull public var lastSeen: Date?
        public var visitCount: Int

        public init(_ p: Patron) {
            id = p.id; name = p.name; preferredName = p.preferredName; pronunciation = p.pronunciation
            notes = p.notes; created = p.created; lastSeen = p.lastSeen; visitCount = p.visitCount
        }
    }

    /// A promise made to a patron; `due` is `yyyy-MM-dd`. `id` and
    /// `encounterId` are null only while the encounter waits in the outbox.
    public struct FollowUpJSON: Encodable, Sendable {
        @OrNull public var id: Int64?
        @OrNull public var encounterId: Int64?
        public var promise: String
        @OrNull public var due: String?
        public var kept: Bool
        @OrNull public var keptAt: Date?

        public init(_ f: FollowUp) {
            id = f.id; encounterId = f.encounterID; promise = f.promise; due = f.due; kept = f.isKept; keptAt = f.keptAt
        }
    }

    /// `log --json`, `history --json`, `export encounters --format json`.
    /// `id` is null only for an encounter waiting in the outbox (`log --json`
    /// while the shared store cannot be reached).
    public struct EncounterJSON: Encodable, Sendable {
        @OrNull public var id: Int64?
        @OrNull public var patronId: Int64?
        public var desk: String
        public var branch: String
        public var staff: String
        public var mode: String
        public var kind: String
        @OrNull public var read: Int?
        public var arrived: Date
        @OrNull public var served: Date?
        @OrNull public var closed: Date?
        @OrNull public var waitSeconds: Double?
        @OrNull public var serviceSeconds: Double?
        public var note: String
        @OrNull public var followUp: FollowUpJSON?

        public init(_ e: Encounter) {
            id = e.id; patronId = e.patronID; desk = e.desk; branch = e.branch; staff = e.staff; mode = e.mode.rawValue
            kind = e.kind.rawValue; read = e.read?.rawValue; arrived = e.arrived; served = e.served; closed = e.closed
            waitSeconds = e.wait; serviceSeconds = e.service; note = e.note; followUp = e.followUp.map(FollowUpJSON.init)
        }
    }

    /// One result of `lookup --json`, with why it matched.
    public struct MatchJSON: Encodable, Sendable {
        public var id: Int64
        public var name: String
        @OrNull public var preferredName: String?
        @OrNull public var pronunciation: String?
        @OrNull public var lastSeen: Date?
        public var visitCount: Int
        @OrNull public var lastEncounter: EncounterJSON?
        public var match: ReasonJSON

        public init(_ m: PatronMatch) {
            id = m.patron.id; name = m.patron.name; preferredName = m.patron.preferredName
            pronunciation = m.patron.pronunciation; lastSeen = m.patron.lastSeen; visitCount = m.patron.visitCount
            lastEncounter = m.lastEncounter.map(EncounterJSON.init); match = ReasonJSON(kind: m.reason.kind, words: m.reason.words)
        }
    }

    /// `match` in a lookup result: `exact`, `prefix`, `nickname`, `phonetic` or `typo`, and the folded words.
    public struct ReasonJSON: Encodable, Sendable {
        public var kind: String
        public var words: [String]
    }

    /// One item of `followups --json`.
    public struct OwedJSON: Encodable, Sendable {
        public var followUp: FollowUpJSON
        public var encounter: EncounterJSON
        @OrNull public var patron: PatronJSON?

        public init(_ owed: OwedFollowUp) {
            followUp = FollowUpJSON(owed.followUp); encounter = EncounterJSON(owed.encounter); patron = owed.patron.map(PatronJSON.init)
        }
    }

    /// One result of `notes search --json`: never a patron's name or id.
    public struct NoteHitJSON: Encodable, Sendable {
        public var encounterId: Int64
        public var arrived: Date
        public var desk: String
        public var branch: String
        public var kind: String
        public var mode: String
        public var note: String

        public init(_ hit: NoteHit) {
            encounterId = hit.encounterID; arrived = hit.arrived; desk = hit.desk; branch = hit.branch
            kind = hit.kind.rawValue; mode = hit.mode.rawValue; note = hit.note
        }
    }

    /// A patron's card as `patron show --json` prints it.
    public struct CardJSON: Encodable, Sendable {
        public var patron: PatronJSON
        public var recent: [EncounterJSON]

        public init(patron: Patron, recent: [Encounter]) {
            self.patron = PatronJSON(patron); self.recent = recent.map(EncounterJSON.init)
        }
    }

    /// `prompt --json`; `because` is the moment that chose the point.
    public struct PromptJSON: Encodable, Sendable {
        public var number: Int
        public var text: String
        public var attribution: String
        @OrNull public var closing: String?
        @OrNull public var because: String?

        public init(_ prompt: Prompt, because: DeskSituation?) {
            number = prompt.number; text = prompt.text; attribution = prompt.attribution; closing = prompt.closing
            self.because = because?.rawValue
        }
    }
}

/// A shift as `shift start/end --json` print it.
public struct ShiftJSON: Encodable, Sendable {
    public var id: Int64
    public var desk: String
    public var branch: String
    public var staff: String
    public var started: Date
    @OrNull public var ended: Date?

    public init(_ s: Shift) { id = s.id; desk = s.desk; branch = s.branch; staff = s.staff; started = s.started; ended = s.ended }
}
