import DeskmateCore
import Foundation
import Testing
import TestSupport

/// The encounter a save returns is the one the store keeps — what `history`
/// reads back — with the store's defaults filled in: served at arrival when
/// staff turned to the patron at once, the default branch for an empty one.
/// Both stores build it the same way (`CheckedEncounterDraft.encounter`).
@Suite struct SharedSavedEncounterTests {
    @Test("on SQLite") func onSQLite() throws { try check(on: .sqlite) }

    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func onPostgres() throws { try check(on: .postgres) }

    func check(on kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        let patron = try store.addPatron(PatronDraft(name: "Ada Obi"), now: t0)
        let saved = try store.logEncounter(EncounterDraft(
            patronID: patron.id, desk: "Reference", branch: "", staff: "AO", mode: .phone, kind: .policy,
            read: ReadLevel(rawValue: 3), arrived: t0, closed: t0.addingTimeInterval(90), note: "fines",
            followUp: FollowUpDraft(promise: "post the form", due: "2026-11-26")))
        #expect(saved.served == t0)
        #expect(saved.branch == DeskNames.defaultBranch)
        #expect(saved.followUp?.promise == "post the form")
        #expect(try store.history(patronID: patron.id, limit: 1) == [saved])
    }
}
