import DeskmateCore
import Foundation
import Testing

/// `log --json` for an encounter waiting in the outbox: it says what the
/// store will record, the desk's branch included.
@Suite struct HeldEncounterJSONTests {
    @Test func aHeldEncounterKeepsItsBranch() throws {
        let arrived = Date(timeIntervalSince1970: 1_763_460_000)
        let draft = EncounterDraft(
            desk: "Info desk", branch: "East branch", staff: "JB", mode: .inPerson, kind: .directional,
            arrived: arrived, closed: arrived.addingTimeInterval(60))
        let json = JSONShapes.EncounterJSON(held: draft)
        #expect(json.branch == "East branch")
        #expect(json.desk == "Info desk")
        #expect(json.id == nil)
    }
}
