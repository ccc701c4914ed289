import DeskmateCore
import DeskmateStore
import Foundation

/// A fresh folder for one test's store, removed when the test ends.
final class TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "deskmate-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

let t0 = Date(timeIntervalSince1970: 1_795_000_000)

/// Takes a store back to before the report's packed facts (v9), for tests
/// that take it further back still or migrate it forward again.
let undoReportFactsSQL = """
    DROP TRIGGER report_facts_insert; DROP TRIGGER report_facts_delete; DROP TRIGGER report_facts_update;
    DROP TRIGGER report_facts_patron_gone; DROP INDEX encounter_shown_whole;
    DROP TABLE report_facts; DROP TABLE report_facts_stale; DROP TABLE patron_first;
    DELETE FROM grdb_migrations WHERE identifier = 'v9-report-facts';

    """

func encounter(
    patron: Int64? = nil, kind: QuestionKind = .reference, arrived: Date = t0, wait: Double = 30, service: Double = 120,
    note: String = "", followUp: FollowUpDraft? = nil
) -> EncounterDraft {
    EncounterDraft(
        patronID: patron, desk: "Main desk", staff: "JB", mode: .inPerson, kind: kind, read: ReadLevel(rawValue: 2),
        arrived: arrived, served: arrived.addingTimeInterval(wait), closed: arrived.addingTimeInterval(wait + service),
        note: note, followUp: followUp)
}
