/// A row of block characters ▁▂▃▄▅▆▇█, one per value, scaled to a peak.
///
/// Why: "how busy has the desk been, hour by hour" fits in one line beside a
/// label. Every value draws at least ▁, so an hour on the chart is never
/// mistaken for the chart ending.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value; `peak` (at least 1) and above draw as █.
    public static func text(_ values: [Double], peak: Double) -> String {
        let top = max(1, peak)
        return String(values.map { levels[min(7, max(0, Int($0 * 7 / top)))] })
    }
}
