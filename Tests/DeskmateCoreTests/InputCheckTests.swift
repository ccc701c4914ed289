import DeskmateCore
import Testing

/// The checks every typed value passes on its way into the store.
@Suite struct InputCheckTests {
    @Test(arguments: [
        ("Evil\u{1B}]0;pwned\u{07}Name", 5, "ESC, U+001B"),
        ("Ann\u{7F}", 4, "DEL, U+007F"),
        ("Di\u{9B}31m", 3, "U+009B"),
        ("Fi\u{202E}txt", 3, "U+202E"),
        ("Gu\u{2066}a", 3, "U+2066"),
        ("Zoë\u{00}", 4, "NUL, U+0000"),
        ("a\tb", 2, "TAB, U+0009"),
    ])
    func controlCharactersAreFoundAndNamed(text: String, position: Int, name: String) throws {
        let found = try #require(ControlCharacters.first(in: text))
        #expect(found.position == position)
        #expect(found.description.contains(name), "\(found)")
        // The description never carries the character itself.
        #expect(!found.description.unicodeScalars.contains(where: ControlCharacters.isRefused))
    }

    @Test func ordinaryNamesPass() {
        for name in ["Zoë Ægidius-Ó Briain", "王伟", "Siobhán", "Jose\u{301}", "Anne Marie", "محمد"] {
            #expect(ControlCharacters.first(in: name) == nil, "\(name)")
        }
        // The boundaries of each refused block.
        for v: UInt32 in [0x20, 0x7E, 0xA0, 0x2029, 0x202F, 0x2065, 0x206A] {
            #expect(!ControlCharacters.isRefused(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x00, 0x1F, 0x7F, 0x80, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069] {
            #expect(ControlCharacters.isRefused(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
    }

    @Test func theStoreCheckRefusesControlsAndSaysWhere() {
        #expect(throws: StoreError.self) { try InputLimits.check("a\u{1B}[2Jb", field: "note", limit: 500) }
        do {
            _ = try InputLimits.check("a\u{1B}[2Jb", field: "note", limit: 500)
        } catch {
            #expect(error.description.contains("note"))
            #expect(error.description.contains("character 2"))
            #expect(!error.description.contains("\u{1B}"))
        }
        // Surrounding whitespace is trimmed, not refused.
        #expect((try? InputLimits.check("  Ann Lee\n", field: "name", limit: 200)) == "Ann Lee")
    }

    @Test func numericRangesRefuseWhatIsOutside() {
        let cases: [(NumericRange, Int, Bool)] = [
            (.acknowledgeGoal, 0, false), (.acknowledgeGoal, 1, true), (.acknowledgeGoal, 3_600, true),
            (.acknowledgeGoal, 3_601, false), (.acknowledgeGoal, -1, false), (.acknowledgeGoal, .max, false),
            (.serviceGoal, 86_400, true), (.serviceGoal, .min, false), (.readLevel, 6, true), (.readLevel, 7, false),
            (.lookupLimit, 0, false), (.retentionDays, 36_500, true), (.retentionDays, 36_501, false),
            (.seedPatrons, 0, true), (.seedEncounters, -1, false),
        ]
        for (range, value, ok) in cases {
            let accepted = (try? range.check(value, source: "--x")) != nil
            #expect(accepted == ok, "\(range.what) \(value)")
        }
        #expect(NumericRange.acknowledgeGoal.message(source: "--goal-acknowledge")
            == "--goal-acknowledge must be a whole number from 1 to 3600.")
    }

    @Test func theSettingsFileUsesTheSameRanges() {
        #expect(throws: DeskSettings.Problem.self) { try DeskSettings(toml: "[goals]\nacknowledge_seconds = 9223372036854775807") }
        #expect(throws: DeskSettings.Problem.self) { try DeskSettings(toml: "[goals]\nservice_seconds = 86401") }
        #expect((try? DeskSettings(toml: "[goals]\nservice_seconds = 86400"))?.goals.serviceSeconds == 86_400)
    }

    @Test func theSettingsFileRefusesControlCharactersInNames() {
        do {
            _ = try DeskSettings(toml: "# the desk\n[desk]\nname = \"Main\\u001B[2J\"\n")
            Issue.record("a desk name with ESC was accepted")
        } catch {
            #expect(error.description == "line 3: desk.name holds a control character (ESC, U+001B) at character 5")
        }
        #expect((try? DeskSettings(toml: "[desk]\nname = \"Children's desk\"\n"))?.desk == "Children's desk")
    }

    @Test func theClockNeverTraps() {
        #expect(ElapsedFormat.clock(.nan) == "0:00")
        #expect(ElapsedFormat.clock(-.infinity) == "0:00")
        #expect(ElapsedFormat.clock(Double(Int.max)) == ElapsedFormat.clock(.infinity))
        #expect(ElapsedFormat.clock(.infinity).hasPrefix("876600:"))
    }
}
