/// The figures a bench prints for a set of timings: how many, the median,
/// the 95th percentile (nearest rank), the slowest and the mean. Each bench
/// lays them out in its own line; all of them compute them here.
public struct Stats: Codable, Sendable {
    public var count = 0, p50 = 0.0, p95 = 0.0, max = 0.0, mean = 0.0

    public init() {}

    /// `samples` in any order and any unit; the figures are in the same unit.
    public init(_ samples: [Double]) {
        let sorted = samples.sorted()
        guard let last = sorted.last else { return }
        count = sorted.count
        p50 = sorted[(sorted.count - 1) / 2]
        p95 = sorted[Swift.max(0, Int((0.95 * Double(sorted.count)).rounded(.up)) - 1)]
        max = last
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }
}
