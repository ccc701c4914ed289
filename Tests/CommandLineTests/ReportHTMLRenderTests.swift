import Foundation
import TestSupport
import Testing

/// The HTML report opened in a real browser: headless Chromium (Debian's
/// `chromium`) screenshots it, and the charts must put ink on the page. The
/// page is rendered twice — with its charts, and with the same charts' SVG
/// taken out — so the test fails when the charts are missing or draw
/// nothing. Skipped, visibly, where Chromium is not installed; CI installs
/// it and sets DESKMATE_REQUIRE_CHROMIUM, so there a missing browser fails.
@Suite(.serialized) struct ReportHTMLRenderTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["DESKMATE_REQUIRE_CHROMIUM"] == "1"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Keeps only the charts: the tables and text would otherwise outweigh them.
    static let chartsOnly = "<style>h1, h2, p, table, figcaption { display: none !important; } body { margin: 0 !important; }</style>"

    func screenshot(_ html: String, _ name: String, in cli: DeskmateBinary, chromium: String, height: Int) throws -> (width: Int, height: Int, ink: Int) {
        let page = cli.file(name + ".html"), png = cli.file(name + ".png")
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        let shot = try Subprocess.run(
            chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)",
                       "--window-size=1000,\(height)", "file://" + page],
            environment: ["HOME": cli.folder + "/home", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(shot.status == 0, "chromium: exit \(shot.status) \(shot.stderr)")
        let counted = try Subprocess.run("/usr/bin/env", ["python3", Self.repository.path + "/Tests/Support/png-ink.py", png])
        #expect(counted.status == 0, "png-ink: \(counted.stderr)")
        let numbers = counted.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard numbers.count == 3 else { throw CLIError(message: "png-ink printed \(counted.stdout)") }
        return (numbers[0], numbers[1], numbers[2])
    }

    @Test(.enabled(if: chromium != nil || required, "chromium is not installed (apt-get install chromium); CI requires it"))
    func chromiumDrawsTheThreeCharts() throws {
        guard let chromium = Self.chromium else {
            Issue.record("DESKMATE_REQUIRE_CHROMIUM=1 but no chromium: install it (apt-get install -y chromium)")
            return
        }
        let cli = try ReportCommandTests.loggedFortnight()
        defer { cli.cleanUp() }
        let result = try cli.run(["report"] + ReportCommandTests.period + ["--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)

        // The whole report, kept for a person to look at (DESKMATE_KEEP_SCREENSHOT=folder).
        let whole = try screenshot(html, "whole", in: cli, chromium: chromium, height: 4000)
        #expect(whole.width == 1000 && whole.ink > 0)
        if let keep = ProcessInfo.processInfo.environment["DESKMATE_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep + "/report.png")
            try FileManager.default.copyItem(atPath: cli.file("whole.png"), toPath: keep + "/report.png")
        }

        // Each chart alone (its section only, no tables or text), then the
        // same page with the chart's SVG taken out.
        var bare = html
        while let start = bare.range(of: "<svg "), let end = bare.range(of: "</svg>", range: start.upperBound..<bare.endIndex) {
            bare.replaceSubrange(start.lowerBound..<end.upperBound, with: "")
        }
        // Bars of two days, 168 heat-map cells (zero cells are pale but not
        // white), two desks' READ bars: each far more than its labels alone.
        for (section, least) in [("days", 20_000), ("heat", 50_000), ("read", 3_000)] {
            let only = Self.chartsOnly + "<style>section:not([aria-labelledby=\(section)]) { display: none !important; }</style></head>"
            let with = try screenshot(html.replacingOccurrences(of: "</head>", with: only), section, in: cli, chromium: chromium, height: 700)
            let without = try screenshot(bare.replacingOccurrences(of: "</head>", with: only), section + "-bare", in: cli, chromium: chromium, height: 700)
            #expect(with.ink > least, "\(section): the chart drew \(with.ink) pixels")
            #expect(without.ink < 200, "\(section): with the chart taken out, \(without.ink) pixels remain")
        }
    }
}
