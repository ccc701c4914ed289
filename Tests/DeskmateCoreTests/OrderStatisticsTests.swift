@testable import DeskmateCore
import Foundation
import Testing

/// Percentiles by selection must be the sorted percentiles exactly: the
/// report prints them in seconds, to the last digit, in CSV and JSON.
@Suite struct OrderStatisticsTests {
    @Test func selectionGivesTheSortedPercentiles() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SampleRandom(seed: seed)
        for round in 0..<400 {
            let n = round < 40 ? round : random.int(1...3_000)
            // Whole seconds (many repeats), fractions, one value, sorted and reversed runs.
            let shape = random.int(0...4)
            var values: [Double] = (0..<n).map { _ in
                switch shape {
                case 0: Double(random.int(0...600))
                case 1: Double(random.int(0...100_000)) / 7
                default: Double(random.int(0...3))
                }
            }
            if shape == 3 { values.sort() }
            if shape == 4 { values.sort(by: >) }
            for p in [0.5, 0.9, 0.0, 1.0, 0.25] {
                var copy = values
                #expect(OrderStatistics.percentile(&copy, p) == ShiftReport.percentile(values.sorted(), p),
                        "n \(n) shape \(shape) p \(p) seed \(seed)")
                #expect(copy.sorted() == values.sorted(), "the values are only reordered (seed \(seed))")
            }
            // Several at once, each selected above the last: the same figures.
            var copy = values
            let ps = [0.0, 0.25, 0.5, 0.9, 0.99, 1.0]
            #expect(OrderStatistics.percentiles(&copy, ps) == ps.map { ShiftReport.percentile(values.sorted(), $0) },
                    "n \(n) shape \(shape) seed \(seed)")
        }
    }

    /// The summary's five longest waits, found in one pass: the first five
    /// of every encounter sorted by wait, ties in the order they came.
    @Test func theLongestWaitsAreTheFirstOfAStableSort() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SampleRandom(seed: seed)
        let t = Date(timeIntervalSince1970: 1_795_000_000)
        for _ in 0..<300 {
            let list = (0..<random.int(0...40)).map { i in
                Encounter(id: Int64(i), desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference, arrived: t,
                          served: random.chance(0.2) ? nil : t.addingTimeInterval(Double(random.int(0...6)) / 2))
            }
            let expected = list.indices.filter { (list[$0].wait ?? 0) > 0 }
                .sorted { (list[$0].wait ?? 0, -$0) > (list[$1].wait ?? 0, -$1) }.prefix(5)
            #expect(ShiftReport.longest(5, of: list) == Array(expected), "seed \(seed)")
        }
    }
}
