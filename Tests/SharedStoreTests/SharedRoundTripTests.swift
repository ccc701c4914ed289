import DeskmateCore
import Foundation
import Testing
import TestSupport

/// What every `PatronStore` must do, written once and run on both stores:
/// SQLite in a temporary file, PostgreSQL in a fresh schema per test.
@Suite struct SharedRoundTripTests {
    @Test("on SQLite", arguments: RoundTripCase.allCases)
    func onSQLite(_ check: RoundTripCase) throws { try check.run(on: .sqlite) }

    // Skipped (visibly) when DESKMATE_TEST_POSTGRES_URL is unset, except in CI,
    // where a missing server must fail: see PostgresTestServer.
    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason), arguments: RoundTripCase.allCases)
    func onPostgres(_ check: RoundTripCase) throws { try check.run(on: .postgres) }
}

enum RoundTripCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case patronsRoundTrip, longTextIsRefused, encountersUpdateThePatronAndCarryFollowUps, undoRestoresThePatron
    case timesMustFollowEachOther, timersSurviveReopening, shifts, forgetLeavesOnlyAnonymousCounts
    case purgeKeepsOnlyCounts, encountersInARange, twoDesksKeepTheirOwnLineAndShift
    case twoBranchesEachKeepTheirOwnDeskOfOneName, aKeptPromiseCanBeReopened, aCorrectionKeepsATrail
    case twoRecordsOfOnePersonBecomeOne
    case aSaveReturnsWhatTheStoreKeeps
    case encountersOfSomeDesks

    var testDescription: String { rawValue }

    func run(on kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        switch self {
        case .patronsRoundTrip:
            let added = try store.addPatron(
                PatronDraft(name: "  Zoë Ångström ", preferredName: "Zo", pronunciation: "ZOH-ee", notes: "large print"), now: t0)
            #expect(added.name == "Zoë Ångström")
            let fetched = try #require(try store.patron(id: added.id))
            #expect(fetched == added)
            let edited = try store.editPatron(id: added.id, PatronDraft(preferredName: "", notes: "prefers email"))
            #expect(edited.preferredName == nil)
            #expect(edited.notes == "prefers email")
            #expect(edited.pronunciation == "ZOH-ee")
            #expect(try store.patron(id: added.id) == edited)
            #expect(throws: StoreError.invalidInput("The name is empty.")) { try store.addPatron(PatronDraft(name: "  "), now: t0) }
            #expect(throws: StoreError.notFound("Patron 99")) { try store.editPatron(id: 99, PatronDraft(name: "X")) }
            #expect(try store.patron(id: 99) == nil)

        case .longTextIsRefused:
            let long = String(repeating: "x", count: 100_000)
            #expect(throws: StoreError.invalidInput("The name is too long: 100000 characters, at most 200.")) {
                try store.addPatron(PatronDraft(name: long), now: t0)
            }
            #expect(throws: StoreError.self) { try store.logEncounter(encounter(note: long)) }
            #expect(throws: StoreError.self) { try store.startShift(desk: long, branch: DeskNames.defaultBranch, staff: "JB", at: t0) }

        case .encountersUpdateThePatronAndCarryFollowUps:
            let p = try store.addPatron(PatronDraft(name: "Catherine Okafor"), now: t0)
            let first = try store.logEncounter(encounter(patron: p.id, arrived: t0, note: "hours"))
            let second = try store.logEncounter(encounter(
                patron: p.id, arrived: t0.addingTimeInterval(3600), note: "ILL request",
                followUp: FollowUpDraft(promise: "a call", due: "2026-11-25")))
            #expect(first.wait == 30 && first.service == 120)
            let patron = try #require(try store.patron(id: p.id))
            #expect(patron.visitCount == 2)
            #expect(patron.lastSeen == t0.addingTimeInterval(3600))
            let history = try store.history(patronID: p.id, limit: 10)
            #expect(history.map(\.id) == [second.id, first.id])
            #expect(history[0] == second)
            #expect(history[0].followUp?.promise == "a call")
            #expect(try store.history(patronID: p.id, limit: 1).map(\.id) == [second.id])
            let match = try #require(try store.lookup("okafor", limit: 5, now: t0).first)
            #expect(match.lastEncounter?.id == second.id)
            #expect(match.lastEncounter?.followUp?.due == "2026-11-25")
            #expect(throws: StoreError.notFound("Patron 99")) { try store.logEncounter(encounter(patron: 99)) }
            #expect(throws: StoreError.self) {
                try store.logEncounter(encounter(followUp: FollowUpDraft(promise: "x", due: "next week")))
            }

            let owed = try store.followUps(openOnly: true)
            #expect(owed.count == 1)
            #expect(owed.first?.patron?.id == p.id)
            #expect(owed.first?.encounter.note == "ILL request")
            let followUpID = try #require(second.followUp?.id)
            let kept = try store.keepFollowUp(id: followUpID, at: t0.addingTimeInterval(7200))
            #expect(kept.isKept)
            #expect(try store.keepFollowUp(id: followUpID, at: t0.addingTimeInterval(9999)).keptAt == t0.addingTimeInterval(7200))
            #expect(try store.followUps(openOnly: true).isEmpty)
            #expect(try store.followUps(openOnly: false).count == 1)
            #expect(throws: StoreError.notFound("Follow-up 999")) { try store.keepFollowUp(id: 999, at: t0) }

        case .undoRestoresThePatron:
            let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            _ = try store.logEncounter(encounter(patron: p.id, arrived: t0))
            let second = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(60)))
            try store.deleteEncounter(id: second.id)
            let patron = try #require(try store.patron(id: p.id))
            #expect(patron.visitCount == 1)
            #expect(patron.lastSeen == t0)
            #expect(throws: StoreError.notFound("Encounter \(second.id)")) { try store.deleteEncounter(id: second.id) }

        case .timesMustFollowEachOther:
            var draft = encounter()
            draft.closed = draft.arrived.addingTimeInterval(-5)
            #expect(throws: StoreError.self) { try store.logEncounter(draft) }
            #expect(try store.encounters(arrivedFrom: t0.addingTimeInterval(-1), to: t0.addingTimeInterval(1)).isEmpty)

        case .timersSurviveReopening:
            var timer = try store.startTimer(arrived: t0, mode: .phone, desk: "Main desk", branch: DeskNames.defaultBranch)
            timer.served = t0.addingTimeInterval(20)
            try store.updateTimer(timer)
            let reopened = try opened.reopen()
            #expect(try reopened.timers(desk: "Main desk", branch: DeskNames.defaultBranch) == [timer])
            _ = try TestStore.logEncounter(reopened, encounter(arrived: t0), closingTimer: timer.id)
            #expect(try reopened.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty)
            let other = try store.startTimer(arrived: t0, mode: .inPerson, desk: "Main desk", branch: DeskNames.defaultBranch)
            try store.removeTimer(id: other.id)
            #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty)

        case .shifts:
            #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == nil)
            let shift = try store.startShift(desk: "Main desk", branch: DeskNames.defaultBranch, staff: "JB", at: t0)
            #expect(try store.startShift(desk: "Main desk", branch: DeskNames.defaultBranch, staff: "XX", at: t0) == shift, "one open shift per desk")
            #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == shift)
            let ended = try store.endShift(id: shift.id, at: t0.addingTimeInterval(3600))
            #expect(ended.ended == t0.addingTimeInterval(3600))
            #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == nil)
            #expect(try store.lastEndedShift(desk: "Main desk", branch: DeskNames.defaultBranch) == ended)
            #expect(try store.shift(id: shift.id) == ended)
            #expect(throws: StoreError.notFound("Shift 999")) { try store.endShift(id: 999, at: t0) }

        case .twoDesksKeepTheirOwnLineAndShift:
            // Reference and Children on one store, each through its own handle
            // as two desk computers would: the measured bug of issue 11.
            let children = try opened.reopen()
            let referenceShift = try store.startShift(desk: "Reference", branch: DeskNames.defaultBranch, staff: "JB", at: t0)
            let waiting = try store.startTimer(arrived: t0, mode: .inPerson, desk: "Reference", branch: DeskNames.defaultBranch)
            #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch) == [waiting])
            #expect(try children.timers(desk: "Children", branch: DeskNames.defaultBranch).isEmpty, "Reference's patron is not in Children's line")
            #expect(try children.openShift(desk: "Children", branch: DeskNames.defaultBranch) == nil, "Reference's shift is not Children's")
            let childrenShift = try children.startShift(desk: "Children", branch: DeskNames.defaultBranch, staff: "AK", at: t0.addingTimeInterval(1))
            #expect(childrenShift.id != referenceShift.id && childrenShift.desk == "Children", "Children opened its own")
            let phone = try children.startTimer(arrived: t0.addingTimeInterval(2), mode: .phone, desk: "Children", branch: DeskNames.defaultBranch)
            #expect(try children.timers(desk: "Children", branch: DeskNames.defaultBranch) == [phone])
            #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch) == [waiting])
            #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch) == referenceShift)
            let ended = try children.endShift(id: childrenShift.id, at: t0.addingTimeInterval(60))
            #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch) == referenceShift, "ending Children's left Reference's open")
            #expect(try children.openShift(desk: "Children", branch: DeskNames.defaultBranch) == nil)
            #expect(try children.lastEndedShift(desk: "Children", branch: DeskNames.defaultBranch) == ended)
            #expect(try store.lastEndedShift(desk: "Reference", branch: DeskNames.defaultBranch) == nil)
            #expect(try store.timers(desk: " Reference ", branch: DeskNames.defaultBranch) == [waiting], "desk names compare trimmed, as stored")

        case .twoBranchesEachKeepTheirOwnDeskOfOneName:
            // Eastside and Westside each have a "Reference" desk: a desk is
            // its name within its branch, so neither sees the other's line.
            let west = try opened.reopen()
            let eastShift = try store.startShift(desk: "Reference", branch: "Eastside", staff: "JB", at: t0)
            #expect(eastShift.branch == "Eastside")
            let waiting = try store.startTimer(arrived: t0, mode: .inPerson, desk: "Reference", branch: "Eastside")
            #expect(try west.timers(desk: "Reference", branch: "Westside").isEmpty, "Eastside's patron is not in Westside's line")
            #expect(try west.openShift(desk: "Reference", branch: "Westside") == nil, "Eastside's shift is not Westside's")
            let westShift = try west.startShift(desk: "Reference", branch: "Westside", staff: "AK", at: t0)
            #expect(westShift.id != eastShift.id)
            #expect(try store.timers(desk: "Reference", branch: " Eastside ") == [waiting], "branch names compare trimmed")
            #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch).isEmpty)
            #expect(try store.openShift(desk: "Reference", branch: "Eastside") == eastShift)
            #expect(try store.shift(id: westShift.id)?.branch == "Westside")
            var draft = encounter()
            draft.desk = "Reference"
            draft.branch = "Westside"
            let logged = try west.logEncounter(draft)
            #expect(logged.branch == "Westside")
            let found = try store.encounters(arrivedFrom: t0.addingTimeInterval(-1), to: t0.addingTimeInterval(1))
            #expect(found.map(\.branch) == ["Westside"], "the branch is stored with the encounter")
            draft.branch = "  "
            #expect(try store.logEncounter(draft).branch == DeskNames.defaultBranch, "an empty branch is the default one")
            _ = try west.endShift(id: westShift.id, at: t0.addingTimeInterval(60))
            #expect(try store.lastEndedShift(desk: "Reference", branch: "Eastside") == nil)
            #expect(try west.lastEndedShift(desk: "Reference", branch: "Westside")?.id == westShift.id)
            draft.branch = String(repeating: "b", count: 61)
            #expect(throws: StoreError.self) { try store.logEncounter(draft) }
            #expect(throws: StoreError.self) {
                try store.startShift(desk: "Reference", branch: "East\u{1B}side", staff: "JB", at: t0)
            }

        case .aKeptPromiseCanBeReopened:
            let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            let logged = try store.logEncounter(encounter(patron: p.id, note: "maps", followUp: FollowUpDraft(promise: "find the map", due: "2026-11-18")))
            let promise = try #require(logged.followUp)
            #expect(try store.encounter(id: logged.id) == logged, "one encounter with its follow-up")
            #expect(try store.encounter(id: 999) == nil)
            _ = try store.keepFollowUp(id: promise.id, at: t0.addingTimeInterval(60))
            #expect(try store.followUps(openOnly: true).isEmpty)
            let reopened = try store.reopenFollowUp(id: promise.id)
            #expect(reopened.keptAt == nil && reopened.promise == "find the map" && reopened.due == "2026-11-18")
            #expect(try store.followUps(openOnly: true).map(\.followUp.id) == [promise.id], "owed again")
            #expect(try store.encounter(id: logged.id)?.followUp?.isKept == false)
            #expect(throws: StoreError.notFound("Follow-up 999")) { try store.reopenFollowUp(id: 999) }

        case .aCorrectionKeepsATrail:
            let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            var draft = encounter(patron: p.id, kind: .policy, note: "asked about the secret canary")
            draft.mode = .phone
            let logged = try store.logEncounter(draft)
            let at = t0.addingTimeInterval(600)
            let corrected = try store.correctEncounter(id: logged.id, EncounterCorrection(
                kind: .reference, read: ReadLevel(rawValue: 4), note: "genealogy sources",
                followUp: FollowUpDraft(promise: "email the list", due: "2026-11-20"), staff: "AK"), at: at)
            #expect(corrected.kind == .reference && corrected.read?.rawValue == 4 && corrected.note == "genealogy sources")
            #expect(corrected.mode == .phone, "what was not named stays")
            #expect(try store.encounter(id: logged.id) == corrected)
            #expect(try store.followUps(openOnly: true).map(\.followUp.promise) == ["email the list"])
            let trail = try store.encounterChanges(id: logged.id)
            #expect(trail.count == 1 && trail.first?.staff == "AK" && trail.first?.at == at)
            #expect(trail.first?.fields == [
                .init(name: "kind", from: "policy", to: "reference"), .init(name: "read", from: "2", to: "4"),
                .init(name: "note", from: nil, to: nil), .init(name: "followUp", from: nil, to: nil),
                .init(name: "due", from: nil, to: "2026-11-20"),
            ])
            // A correction to the same values is no change and leaves no line.
            _ = try store.correctEncounter(id: logged.id, EncounterCorrection(kind: .reference, staff: "JB"), at: at)
            #expect(try store.encounterChanges(id: logged.id).count == 1)
            // Removing the promise; the summary counts the corrected kind.
            let second = try store.correctEncounter(id: logged.id, EncounterCorrection(followUp: FollowUpDraft(promise: ""), staff: "JB"),
                                                    at: at.addingTimeInterval(60))
            #expect(try second.followUp == nil && store.followUps(openOnly: false).isEmpty)
            #expect(try store.encounterChanges(id: logged.id).map(\.staff) == ["AK", "JB"])
            let report = try ShiftReport.fromStore(store: store, shift: nil, from: t0.addingTimeInterval(-60), to: t0.addingTimeInterval(3600),
                                                   desk: .all, goals: DeskGoals(), timeZone: .gmt, now: t0.addingTimeInterval(3600))
            #expect(report.byKind == ["reference": 1])
            #expect(throws: StoreError.notFound("Encounter 999")) {
                try store.correctEncounter(id: 999, EncounterCorrection(kind: .other, staff: "JB"), at: at)
            }
            #expect(throws: StoreError.self) {
                try store.correctEncounter(id: logged.id, EncounterCorrection(note: "bad\u{1B}[31m", staff: "JB"), at: at)
            }
            #expect(try store.encounter(id: logged.id)?.note == "genealogy sources", "a refused correction changes nothing")
            // The old note's text is in no trail line.
            #expect(try !store.encounterChanges(id: logged.id).contains { "\($0)".contains("canary") })

        case .twoRecordsOfOnePersonBecomeOne:
            let kept = try store.addPatron(PatronDraft(name: "Catherine Okafor", notes: "large print"), now: t0)
            let other = try store.addPatron(PatronDraft(name: "Kathryn Zanzibarcanary", preferredName: "Kate", pronunciation: "KAYT",
                                                        notes: "not kept: keep has notes"), now: t0.addingTimeInterval(-86_400))
            _ = try store.logEncounter(encounter(patron: kept.id, arrived: t0))
            let theirs = try store.logEncounter(encounter(patron: other.id, arrived: t0.addingTimeInterval(3600),
                                                          followUp: FollowUpDraft(promise: "call back")))
            var waiting = try store.startTimer(arrived: t0, mode: .phone, desk: "Main desk", branch: DeskNames.defaultBranch)
            waiting.patronID = other.id
            try store.updateTimer(waiting)
            let merged = try store.mergePatrons(keep: kept.id, other: other.id)
            #expect(merged.id == kept.id && merged.name == "Catherine Okafor")
            #expect(merged.preferredName == "Kate" && merged.pronunciation == "KAYT", "empty fields filled from the other")
            #expect(merged.notes == "large print", "a field the kept record has stays")
            #expect(merged.visitCount == 2 && merged.lastSeen == t0.addingTimeInterval(3600))
            #expect(merged.created == t0.addingTimeInterval(-86_400), "known since the earlier record")
            #expect(try store.patron(id: kept.id) == merged)
            #expect(try store.patron(id: other.id) == nil)
            #expect(try store.history(patronID: kept.id, limit: 10).map(\.id) == [theirs.id, theirs.id - 1])
            #expect(try store.followUps(openOnly: true).first?.patron?.id == kept.id, "the promise is owed to the kept record")
            #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).first?.patronID == kept.id)
            #expect(try store.lookup("zanzibarcanary", limit: 5, now: t0).isEmpty, "the other's name is gone from the index")
            #expect(try store.lookup("kate", limit: 5, now: t0).first?.patron.id == kept.id, "the kept record is found by the preferred name")
            #expect(throws: StoreError.self) { try store.mergePatrons(keep: kept.id, other: kept.id) }
            #expect(throws: StoreError.notFound("Patron \(other.id)")) { try store.mergePatrons(keep: kept.id, other: other.id) }

        case .forgetLeavesOnlyAnonymousCounts:
            let p = try store.addPatron(PatronDraft(name: "Quentin Canary", notes: "secret"), now: t0)
            let logged = try store.logEncounter(encounter(
                patron: p.id, note: "about Quentin", followUp: FollowUpDraft(promise: "call Quentin")))
            var timer = try store.startTimer(arrived: t0, mode: .inPerson, desk: "Main desk", branch: DeskNames.defaultBranch)
            timer.patronID = p.id
            try store.updateTimer(timer)
            try store.forgetPatron(id: p.id)
            #expect(try store.patron(id: p.id) == nil)
            #expect(try store.lookup("quentin", limit: 5, now: t0).isEmpty)
            #expect(try store.followUps(openOnly: false).isEmpty)
            let left = try store.encounters(arrivedFrom: t0.addingTimeInterval(-1), to: t0.addingTimeInterval(1))
            #expect(left.map(\.id) == [logged.id])
            #expect(left.first?.patronID == nil && left.first?.note == "")
            #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).first?.patronID == nil)
            #expect(throws: StoreError.notFound("Patron \(p.id)")) { try store.forgetPatron(id: p.id) }

        case .purgeKeepsOnlyCounts:
            let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            _ = try store.logEncounter(encounter(patron: p.id, arrived: t0, note: "old", followUp: FollowUpDraft(promise: "x")))
            _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(10)))
            _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(86_400), note: "new"))
            #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(3600)) == 1)
            #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(3600)) == 0)
            let all = try store.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(2 * 86_400))
            #expect(all.map(\.note) == ["", "", "new"])
            #expect(all.map(\.patronID) == [nil, nil, p.id])
            #expect(try store.followUps(openOnly: false).isEmpty)
            #expect(try store.patronsSeen(before: t0.addingTimeInterval(3600), among: [p.id]).isEmpty)
            #expect(try store.patronsSeen(before: t0.addingTimeInterval(2 * 86_400), among: [p.id, 42]) == [p.id])

        case .aSaveReturnsWhatTheStoreKeeps:
            // The encounter a save returns (CheckedEncounterDraft.encounter, on
            // both stores) is what `history` reads back, with the defaults
            // filled in: served at arrival, the default branch for an empty one.
            let patron = try store.addPatron(PatronDraft(name: "Ada Obi"), now: t0)
            let saved = try store.logEncounter(EncounterDraft(
                patronID: patron.id, desk: "Reference", branch: "", staff: "AO", mode: .phone, kind: .policy,
                read: ReadLevel(rawValue: 3), arrived: t0, closed: t0.addingTimeInterval(90), note: "fines",
                followUp: FollowUpDraft(promise: "post the form", due: "2026-11-26")))
            #expect(saved.served == t0)
            #expect(saved.branch == DeskNames.defaultBranch)
            #expect(saved.followUp?.promise == "post the form")
            #expect(try store.history(patronID: patron.id, limit: 1) == [saved])

        case .encountersInARange:
            let a = try store.logEncounter(encounter(arrived: t0))
            let b = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(0.25)))
            _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(100)))
            let found = try store.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(100))
            #expect(found == [a, b], "from is inclusive, to exclusive, fractions of a second kept")

        case .encountersOfSomeDesks:
            var logged: [Encounter] = []
            for (desk, branch) in [("Reference", "Eastside"), ("Reference", "Westside"), ("Children", "Eastside"), ("Reference", "Eastside")] {
                var draft = encounter(arrived: t0.addingTimeInterval(Double(logged.count)))
                draft.desk = desk
                draft.branch = branch
                logged.append(try store.logEncounter(draft))
            }
            _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(-10)))
            func found(_ scope: DeskScope) throws -> [Int64] {
                try store.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(100), at: scope).map(\.id)
            }
            let ids = logged.map(\.id)
            #expect(try found(.desk(" Reference ", branch: "Eastside")) == [ids[0], ids[3]], "names compare trimmed")
            #expect(try found(.one("Reference")) == [ids[0], ids[1], ids[3]])
            #expect(try found(.branch("Eastside")) == [ids[0], ids[2], ids[3]])
            #expect(try found(.all) == ids, "in the period only, oldest first")
            #expect(try found(.desk("Reference", branch: "Northside")).isEmpty)
        }
    }
}
