import DeskmateCore
import Foundation
import Testing

/// `report --format json` printed for the fixed fortnight of
/// `PeriodReportFixture` and compared with the exact text scripts read
/// (README, "JSON shapes"). The golden text is long — a heat map is 336
/// numbers — so it lives in Tests/Goldens/period-report.json rather than in
/// `JSONShapeGoldens`; the rule is the same: add keys, never rename or drop one.
@Suite struct PeriodReportGoldenTests {
    static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens/period-report.json").path

    @Test func theReportShapeIsTheDocumentedOne() throws {
        let printed = try JSONOutput.string(PeriodReportJSON(PeriodReportFixture.report()))
        if let folder = ProcessInfo.processInfo.environment["DESKMATE_WRITE_GOLDEN"] {
            try printed.write(toFile: folder + "/period-report.json", atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
        #expect(printed + "\n" == golden)
    }
}
