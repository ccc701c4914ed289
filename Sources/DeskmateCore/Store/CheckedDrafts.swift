import Foundation

/// A patron draft checked against the input limits, trimmed, empty fields
/// made absent: what every store writes. One place, so the SQLite and the
/// PostgreSQL store refuse the same input with the same words.
public struct CheckedPatronDraft: Sendable, Equatable {
    /// Nil only when an edit leaves the name as it is.
    public var name: String?
    public var preferredName: String?
    public var pronunciation: String?
    public var notes: String?

    public init(_ draft: PatronDraft, requireName: Bool) throws(StoreError) {
        if let name = draft.name {
            let checked = try InputLimits.check(name, field: "name", limit: InputLimits.name)
            guard !checked.isEmpty else { throw .invalidInput("The name is empty.") }
            self.name = checked
        } else if requireName {
            throw .invalidInput("The name is empty.")
        }
        preferredName = try Self.optional(draft.preferredName, field: "preferred name", limit: InputLimits.name)
        pronunciation = try Self.optional(draft.pronunciation, field: "pronunciation", limit: InputLimits.pronunciation)
        notes = try Self.optional(draft.notes, field: "notes", limit: InputLimits.patronNotes)
    }

    private static func optional(_ text: String?, field: String, limit: Int) throws(StoreError) -> String? {
        guard let text else { return nil }
        let checked = try InputLimits.check(text, field: field, limit: limit)
        return checked.isEmpty ? nil : checked
    }
}

/// An encounter draft checked the same way: desk, staff, note and promise
/// within their limits, a due day that is a day, times in order.
public struct CheckedEncounterDraft: Sendable, Equatable {
    public var desk: String
    public var branch: String
    public var staff: String
    public var note: String
    public var promise: String?
    /// `served`, or `arrived` when staff turned to the patron at once.
    public var served: Date
    /// The draft as it was given, for the fields that need no checking.
    public var draft: EncounterDraft

    public init(_ draft: EncounterDraft) throws(StoreError) {
        self.draft = draft
        desk = try InputLimits.check(draft.desk, field: "desk", limit: InputLimits.desk)
        branch = try Self.branch(draft.branch)
        staff = try InputLimits.check(draft.staff, field: "staff initials", limit: InputLimits.staff)
        note = try InputLimits.check(draft.note, field: "note", limit: InputLimits.note)
        if let followUp = draft.followUp {
            promise = try InputLimits.check(followUp.promise, field: "follow-up", limit: InputLimits.promise)
        }
        if let due = draft.followUp?.due, !DayFormat.isValid(due) {
            throw StoreError.invalidInput("The due date \(due) is not a date like 2026-11-24.")
        }
        served = draft.served ?? draft.arrived
        guard served >= draft.arrived, draft.closed >= served else {
            throw StoreError.invalidInput("The times are out of order: arrived, served and closed must follow each other.")
        }
    }

    /// The encounter as a store keeps it, under the `id` it gave it, with
    /// the follow-up it saved: one definition for every store.
    public func encounter(id: Int64, followUp: FollowUp?) -> Encounter {
        Encounter(
            id: id, patronID: draft.patronID, desk: desk, branch: branch, staff: staff, mode: draft.mode, kind: draft.kind,
            read: draft.read, arrived: draft.arrived, served: served, closed: draft.closed, note: note, followUp: followUp)
    }

    /// A branch name checked like a desk's; an empty one is the default
    /// branch, so a library that never names branches never has to.
    public static func branch(_ name: String) throws(StoreError) -> String {
        let checked = try InputLimits.check(name, field: "branch", limit: InputLimits.desk)
        return checked.isEmpty ? DeskNames.defaultBranch : checked
    }
}
