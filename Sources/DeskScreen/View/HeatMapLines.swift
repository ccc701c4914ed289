import DeskmateCore
import Foundation
import TerminalUI

/// The period report's hour × weekday heat map in block characters: rows
/// Monday → Sunday, columns the hours from the first to the last with any
/// encounter (so it fits 80 columns), each row's total at its end, and a
/// legend saying how many encounters each shade stands for. Every count is
/// the core's (`PeriodReport.heatmap`); `numbers` writes them in the cells
/// for anyone who cannot tell the shades apart.
enum HeatMapLines {
    static let shades: [Character] = ["░", "▒", "▓", "█"]
    /// What an hour with no encounter shows.
    static let none = "·"
    /// The hours always shown (a library's usual day; desks keep no
    /// opening hours), widened to every hour that had an encounter.
    static let workingDay = 9...17

    /// The shade (1…4) of a count against the busiest cell's; 0 for none.
    /// A shade stands for a quarter of the peak, rounded up.
    static func level(_ count: Int, peak: Int) -> Int {
        count <= 0 || peak <= 0 ? 0 : min(4, (4 * count + peak - 1) / peak)
    }

    /// Each shade and the counts it stands for, leaving out shades no count can have.
    static func legend(peak: Int) -> [(shade: Character, counts: ClosedRange<Int>)] {
        guard peak > 0 else { return [] }
        return (1...4).compactMap { k -> (shade: Character, counts: ClosedRange<Int>)? in
            let low = (k - 1) * peak / 4 + 1, high = k * peak / 4
            return low <= high ? (shades[k - 1], low...high) : nil
        }
    }

    /// The working day, from earlier or to later when an hour on any
    /// weekday had an encounter then: at most 24 columns, which fit 80.
    static func hours(_ heatmap: [[PeriodReport.Cell]]) -> ClosedRange<Int> {
        let busy = (0..<24).filter { h in heatmap.contains { $0.indices.contains(h) && $0[h].count > 0 } }
        return min(workingDay.lowerBound, busy.first ?? 24)...max(workingDay.upperBound, busy.last ?? 0)
    }

    /// The busiest cell (the first, Monday first, when several tie) and its count.
    static func peak(_ heatmap: [[PeriodReport.Cell]]) -> (weekday: Int, hour: Int, count: Int)? {
        var best: (Int, Int, Int)?
        for (w, row) in heatmap.enumerated() {
            for (h, cell) in row.enumerated() where cell.count > (best?.2 ?? 0) { best = (w, h, cell.count) }
        }
        return best.map { (weekday: $0.0, hour: $0.1, count: $0.2) }
    }

    /// The header, the seven rows, the legend and the busiest hour.
    static func lines(_ heatmap: [[PeriodReport.Cell]], numbers: Bool, width: Int) -> [[Span]] {
        let hours = Array(hours(heatmap))
        let top = peak(heatmap)
        let peakCount = top?.count ?? 0
        let totals = heatmap.map { $0.reduce(0) { $0 + $1.count } }
        let totalWidth = max(5, String(totals.max() ?? 0).count)
        // A cell is its content and a gap: three wide when that fits, then
        // two, then (shades only) two without the gap.
        func fits(_ content: Int, _ gap: Int) -> Bool { 4 + hours.count * (content + gap) + 2 + totalWidth <= width }
        let digits = numbers ? String(peakCount).count : 0
        var (content, gap) = (max(3, digits), 1)
        if !fits(content, gap) { content = max(2, digits) }
        if !numbers && !fits(content, gap) { (content, gap) = (2, 0) }
        let cell = content + gap
        // Every hour labelled when labels fit their cell, else every other one.
        let step = cell >= 3 ? 1 : 2

        var header = "    "
        for (i, h) in hours.enumerated() {
            guard i % step == 0 else { continue }
            header += String(format: "%02d", h).padded(toDisplayWidth: content, alignment: .right)
                + String(repeating: " ", count: cell * step - content)
        }
        while header.hasSuffix(" ") { header.removeLast() }
        header = header.padded(toDisplayWidth: 4 + hours.count * cell) + "  " + "total".padded(toDisplayWidth: totalWidth, alignment: .right)
        var out: [[Span]] = [[Span(header, style: Theme.dim)]]

        for (w, row) in heatmap.enumerated() where w < PeriodReport.weekdays.count {
            var spans = [Span(PeriodReport.weekdays[w] + " ", style: Theme.dim)]
            for h in hours {
                let count = row.indices.contains(h) ? row[h].count : 0
                let pad = String(repeating: " ", count: gap)
                if count == 0 {
                    spans.append(Span(none.padded(toDisplayWidth: content, alignment: .right) + pad, style: Theme.dim))
                } else if numbers {
                    let style = count == peakCount ? Theme.title : Theme.plain
                    spans.append(Span(String(count).padded(toDisplayWidth: content, alignment: .right) + pad, style: style))
                } else {
                    let shade = shades[level(count, peak: peakCount) - 1]
                    spans.append(Span(String(repeating: shade, count: content), style: Theme.accent))
                    if gap > 0 { spans.append(Span(pad)) }
                }
            }
            spans.append(Span("  " + String(totals[w]).padded(toDisplayWidth: totalWidth, alignment: .right)))
            out.append(spans)
        }

        out.append([])
        var key: [Span] = [Span(numbers ? "Cells    " : "Shades   ", style: Theme.dim), Span(none, style: Theme.dim), Span(" none  ")]
        if numbers {
            key.append(Span("encounters in each hour", style: Theme.dim))
        } else {
            for (shade, counts) in legend(peak: peakCount) {
                let range = counts.lowerBound == counts.upperBound ? "\(counts.lowerBound)" : "\(counts.lowerBound)–\(counts.upperBound)"
                key += [Span(String(shade), style: Theme.accent), Span(" \(range)  ")]
            }
            key.append(Span("encounters in an hour", style: Theme.dim))
        }
        out.append(key)
        if let top {
            let until = String(format: "%02d:00", (top.hour + 1) % 24)
            out.append([Span("Busiest  ", style: Theme.dim),
                        Span("\(PeriodReport.weekdays[top.weekday]) \(String(format: "%02d", top.hour)):00–\(until)", style: Theme.title),
                        Span(" · \(top.count) encounter\(top.count == 1 ? "" : "s")"),
                        Span(numbers ? "" : " · n shows every count", style: Theme.dim)])
        } else {
            out.append([Span("No encounters in this period.", style: Theme.dim)])
        }
        return out
    }
}
