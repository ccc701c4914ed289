import DeskmateCore
import Foundation

/// One row per encounter, in the shape desk-statistics tools take.
enum EncounterCSV {
    static let header = [
        "timestamp", "desk", "staff", "mode", "kind", "read", "wait_seconds", "service_seconds", "note",
        "encounter_id", "patron_id", "follow_up", "follow_up_due", "follow_up_kept", "branch",
    ]

    static func fields(_ e: Encounter) -> [String] {
        [
            InstantFormat.iso8601(e.arrived), e.desk, e.staff, e.mode.rawValue, e.kind.rawValue,
            e.read.map { "\($0.rawValue)" } ?? "", e.wait.map { "\(Int($0.rounded()))" } ?? "",
            e.service.map { "\(Int($0.rounded()))" } ?? "", e.note, "\(e.id)", e.patronID.map { "\($0)" } ?? "",
            e.followUp?.promise ?? "", e.followUp?.due ?? "", e.followUp.map { $0.isKept ? "yes" : "no" } ?? "", e.branch,
        ]
    }
}
