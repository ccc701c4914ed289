import Foundation

/// What staff correct in a saved encounter (a kind chosen by mistake, a
/// READ level, a note, the promise); nil leaves a field as it is.
public struct EncounterCorrection: Sendable, Equatable {
    public var kind: QuestionKind?
    public var mode: ContactMode?
    public var read: ReadLevel?
    /// The promise as it should read; an empty promise removes it.
    public var followUp: FollowUpDraft?
    public var note: String?
    /// Who corrects it, for the trail.
    public var staff: String

    public init(kind: QuestionKind? = nil, mode: ContactMode? = nil, read: ReadLevel? = nil, note: String? = nil,
                followUp: FollowUpDraft? = nil, staff: String) {
        self.kind = kind
        self.mode = mode
        self.read = read
        self.note = note
        self.followUp = followUp
        self.staff = staff
    }

    /// `encounter` corrected, and what changed for the trail. A field set to
    /// the value it already has is no change. Kind, mode, READ and the due
    /// day keep their old and new values; a note's and a promise's text
    /// keep neither — a correction must not keep what staff meant to remove.
    public func applied(to encounter: Encounter) throws(StoreError) -> (Encounter, [EncounterChange.Field]) {
        var out = encounter
        var fields: [EncounterChange.Field] = []
        if let kind, kind != encounter.kind {
            fields.append(.init(name: "kind", from: encounter.kind.rawValue, to: kind.rawValue))
            out.kind = kind
        }
        if let mode, mode != encounter.mode {
            fields.append(.init(name: "mode", from: encounter.mode.rawValue, to: mode.rawValue))
            out.mode = mode
        }
        if let read, read != encounter.read {
            fields.append(.init(name: "read", from: encounter.read.map { "\($0.rawValue)" }, to: "\(read.rawValue)"))
            out.read = read
        }
        if let note {
            let checked = try InputLimits.check(note, field: "note", limit: InputLimits.note)
            if checked != encounter.note {
                fields.append(.init(name: "note", from: nil, to: nil))
                out.note = checked
            }
        }
        if let followUp {
            let promise = try InputLimits.check(followUp.promise, field: "follow-up", limit: InputLimits.promise)
            if let due = followUp.due, !DayFormat.isValid(due) {
                throw .invalidInput("The due date \(due) is not a date like 2026-11-24.")
            }
            let old = encounter.followUp
            if promise.isEmpty {
                if old != nil {
                    fields.append(.init(name: "followUp", from: nil, to: nil))
                    out.followUp = nil
                }
            } else {
                if promise != old?.promise { fields.append(.init(name: "followUp", from: nil, to: nil)) }
                if followUp.due != old?.due { fields.append(.init(name: "due", from: old?.due, to: followUp.due)) }
                out.followUp = FollowUp(id: old?.id ?? 0, encounterID: encounter.id, promise: promise, due: followUp.due,
                                        keptAt: old?.keptAt)
            }
        }
        return (out, fields)
    }
}

/// One correction of an encounter, as its trail keeps it.
public struct EncounterChange: Sendable, Equatable {
    public struct Field: Sendable, Equatable, Codable {
        /// `kind`, `mode`, `read`, `note`, `followUp` or `due`.
        public var name: String
        /// The old and new value where the trail keeps them (never for a
        /// note's or a promise's text).
        public var from: String?
        public var to: String?

        public init(name: String, from: String?, to: String?) {
            self.name = name
            self.from = from
            self.to = to
        }
    }

    public var at: Date
    public var staff: String
    public var fields: [Field]

    public init(at: Date, staff: String, fields: [Field]) {
        self.at = at
        self.staff = staff
        self.fields = fields
    }

    /// The fields as the store keeps them: a JSON array.
    public static func encode(_ fields: [Field]) -> String {
        (try? String(decoding: JSONEncoder().encode(fields), as: UTF8.self)) ?? "[]"
    }

    /// The fields as stored; text that is not such an array (only another
    /// program could write one) reads as no fields rather than trapping.
    public static func decode(_ text: String) -> [Field] {
        (try? JSONDecoder().decode([Field].self, from: Data(text.utf8))) ?? []
    }
}
