@testable import DeskmateCore
import Foundation
import Testing

/// The report's packed facts, the patron set it counts with, and the JSON
/// escaping rewritten to work on bytes: each against the plain version.
@Suite struct EncounterFactsTests {
    static let t = Date(timeIntervalSince1970: 1_795_000_000.125)

    static func encounters(_ random: inout SampleRandom, _ n: Int) -> [Encounter] {
        (0..<n).map { i in
            let arrived = t.addingTimeInterval(Double(random.int(0...7_200)) + 0.3)
            return Encounter(
                id: Int64(i), patronID: random.chance(0.3) ? nil : Int64(random.int(1...40)), desk: "Main desk", staff: "JB",
                mode: random.pick(ContactMode.allCases), kind: random.pick(QuestionKind.allCases),
                read: random.chance(0.2) ? nil : ReadLevel(rawValue: random.int(1...6)), arrived: arrived,
                served: random.chance(0.1) ? nil : arrived.addingTimeInterval(Double(random.int(0...900)) / 3),
                closed: arrived.addingTimeInterval(2_000))
        }
    }

    /// Every fact reads back as the encounter gave it; a range keeps exactly
    /// the encounters that arrived in it; a copied whole batch is the batch.
    @Test func packedFactsReadBackExactly() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SampleRandom(seed: seed)
        let list = Self.encounters(&random, 300)
        var facts = EncounterFacts(desk: "Main desk", branch: "Main library")
        for e in list { facts.append(e) }
        #expect(facts.count == 300)
        facts.withReader { r in
            for (i, e) in list.enumerated() {
                #expect(r.arrived(i) == e.arrived.timeIntervalSince1970, "seed \(seed)")
                #expect(r.wait(i).isNaN ? e.wait == nil : r.wait(i) == e.wait, "seed \(seed)")
                #expect(r.service(i).isNaN ? e.service == nil : r.service(i) == e.service, "seed \(seed)")
                #expect(r.patron(i) == (e.patronID ?? 0), "seed \(seed)")
                #expect(EncounterFacts.kinds[Int(r.kind(i))] == e.kind && EncounterFacts.modes[Int(r.mode(i))] == e.mode)
                #expect(Int(r.read(i)) == (e.read?.rawValue ?? 0), "seed \(seed)")
            }
        }
        let packed = facts.encoded()
        let from = Self.t.timeIntervalSince1970 + 1_800.3, to = from + 2_000
        var some = EncounterFacts(desk: "Main desk", branch: "Main library")
        var whole = some
        let read = packed.withUnsafeBytes { bytes in
            (some.append(encoded: bytes, arrivedIn: from..<to), whole.append(encoded: bytes, arrivedIn: from..<to, whollyInside: true))
        }
        #expect(read.0 && read.1)
        var expected = EncounterFacts(desk: "Main desk", branch: "Main library")
        for e in list where (from..<to).contains(e.arrived.timeIntervalSince1970) { expected.append(e) }
        #expect(some == expected && some.count > 0 && some.count < 300, "seed \(seed)")
        #expect(whole == facts, "seed \(seed)")
    }

    @Test func aPackingOfAnotherVersionOrSizeIsRefused() {
        var facts = EncounterFacts(desk: "Main desk", branch: "Main library")
        facts.append(Encounter(id: 1, desk: "Main desk", staff: "JB", mode: .phone, kind: .policy, arrived: Self.t))
        for bad in [[2] + facts.encoded().dropFirst(), Array(facts.encoded().dropLast()), []] {
            var into = EncounterFacts(desk: "Main desk", branch: "Main library")
            let read = bad.withUnsafeBytes { into.append(encoded: $0, arrivedIn: 0..<Double.infinity) }
            #expect(!read && into.count == 0)
        }
    }

    /// The set counts and answers as `Set` does, small ids, large and negative.
    @Test func patronSetsAgreeWithSet() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SampleRandom(seed: seed)
        for _ in 0..<50 {
            var ours = PatronIDSet(), theirs = Set<Int64>()
            for _ in 0..<random.int(0...2_000) {
                let id: Int64 = switch random.int(0...9) {
                case 0: Int64(random.int(0...1_000_000)) * 1_000_000
                case 1: -Int64(random.int(1...50))
                default: Int64(random.int(0...5_000))
                }
                ours.insert(id)
                theirs.insert(id)
            }
            #expect(ours.count == theirs.count, "seed \(seed)")
            #expect(ours.count { $0 % 3 == 0 } == theirs.filter { $0 % 3 == 0 }.count, "seed \(seed)")
            for _ in 0..<200 {
                let probe = Int64(random.int(-60...6_000))
                #expect(ours.contains(probe) == theirs.contains(probe), "\(probe), seed \(seed)")
            }
        }
    }

    /// The byte-level escaping writes what the scalar loop it replaced wrote,
    /// over every scalar from U+0000 to U+FFFF and beyond.
    @Test func jsonEscapingOnBytesIsTheScalarEscaping() throws {
        var text = ""
        for v in UInt32(0)...0x10FFF { if let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) } }
        text += "😀\u{10FFFF}"
        let printed = try JSONOutput.string(["text": text])
        // The scalar loop, as it was.
        let data = try {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(["text": text])
        }()
        var reference = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            if JSONOutput.mustEscape(scalar.value) {
                reference += String(format: "\\u%04x", scalar.value)
            } else {
                reference.unicodeScalars.append(scalar)
            }
        }
        #expect(printed == reference)
        #expect(printed.contains("\\u202e") && printed.contains("\\u0085") && printed.contains("\\ufeff") && !printed.contains("\u{202E}"))
    }
}

/// Days and times are written without `String(format:)`, digit for digit as it wrote them.
@Suite struct PaddedDigitsTests {
    @Test func paddedIsPrintfsZeroPadding() {
        for n in [0, 1, 5, 9, 10, 12, 59, 99, 100, 123, 999, 2026, 9999, 10_000, 123_456] {
            #expect(DeskCalendar.padded(n, 2) == String(format: "%02d", n), "\(n)")
            #expect(DeskCalendar.padded(n, 4) == String(format: "%04d", n), "\(n)")
        }
    }
}
