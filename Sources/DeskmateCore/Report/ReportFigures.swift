import Foundation

/// Whether a figure rose or fell since the previous period.
public enum Change: String, Sendable, Equatable {
    case up, down, same

    init?(_ value: Double?, _ previous: Double?) {
        guard let value, let previous else { return nil }
        self = value > previous ? .up : value < previous ? .down : .same
    }

    /// ▲ ▼ = for the text, Markdown and HTML reports.
    public var arrow: String {
        switch self {
        case .up: "▲"
        case .down: "▼"
        case .same: "="
        }
    }
}

/// What a figure measures, so every format shows it the same way.
public enum FigureUnit: String, Sendable {
    case count, seconds, share, text
}

/// One number of the period report, with the previous period's beside it:
/// every format is written from this one list (CSV is the list itself), so
/// the five formats cannot disagree.
public struct ReportFigure: Sendable, Equatable {
    /// `totals`, `day`, `heatmap`, `hour`, `desk`, `branch`, `complaint` or `suggestion`.
    public var section: String
    public var desk: String?
    public var branch: String?
    /// What is counted: `encounters`, `medianWait`, `kind`, `keptRate`, `note`…
    public var figure: String
    /// Which one of several: a day, `Mon 09`, an hour, a kind, an instant.
    public var key: String?
    public var value: Double?
    public var previous: Double?
    /// Only for notes: the complaint's or suggestion's text.
    public var text: String?
    public var unit: FigureUnit

    public var change: Change? { Change(value, previous) }
}

extension PeriodReport {
    /// The figures of the totals, in the order the reports show them.
    public var totals: [ReportFigure] {
        let n = now, p = previous
        func t(_ name: String, _ unit: FigureUnit, _ f: (ShiftReport) -> Double?) -> ReportFigure {
            ReportFigure(section: "totals", figure: name, value: f(n), previous: f(p), unit: unit)
        }
        func keptRate(_ r: ShiftReport) -> Double? {
            r.followUpsPromised.isEmpty ? nil : Double(r.followUpsKept.count) / Double(r.followUpsPromised.count)
        }
        return [
            t("encounters", .count) { Double($0.total) },
            t("anonymous", .count) { Double($0.anonymous) },
            t("withPatron", .count) { Double($0.withPatron) },
            t("returningPatrons", .count) { Double($0.returningPatrons) },
            t("newPatrons", .count) { Double($0.newPatrons) },
            t("waitMedian", .seconds) { $0.wait.median },
            t("waitWithinGoal", .share) { $0.wait.withinGoal },
            t("serviceMedian", .seconds) { $0.service.median },
            t("serviceWithinGoal", .share) { $0.service.withinGoal },
            t("withinGoal", .share) { $0.withinGoal },
            t("promised", .count) { Double($0.followUpsPromised.count) },
            t("kept", .count) { Double($0.followUpsKept.count) },
            t("keptRate", .share, keptRate),
            t("open", .count) { Double($0.followUpsOpen.count) },
            ReportFigure(section: "totals", figure: "overdue", value: Double(overdue), previous: Double(previousOverdue), unit: .count),
            t("overdueFromEarlier", .count) { Double($0.followUpsOverdue.count) },
            t("complaints", .count) { Double($0.complaints.count) },
            t("suggestions", .count) { Double($0.suggestions.count) },
        ]
    }

    /// A desk's or branch's figures: encounters, patrons, kinds, modes, READ levels.
    public func figures(of group: Group, section: String) -> [ReportFigure] {
        func f(_ name: String, _ key: String? = nil, _ value: (ShiftReport) -> Int) -> ReportFigure {
            ReportFigure(section: section, desk: group.desk, branch: group.branch, figure: name, key: key,
                         value: Double(value(group.now)), previous: Double(value(group.previous)), unit: .count)
        }
        return [
            f("encounters") { $0.total },
            f("returningPatrons") { $0.returningPatrons },
            f("newPatrons") { $0.newPatrons },
        ] + QuestionKind.allCases.map { k in f("kind", k.rawValue) { $0.byKind[k.rawValue] ?? 0 } }
          + ContactMode.allCases.map { m in f("mode", m.rawValue) { $0.byMode[m.rawValue] ?? 0 } }
          + (1...6).map { r in f("read", "\(r)") { $0.byRead["\(r)"] ?? 0 } }
    }

    /// The heat map's cell name: `Mon 09`.
    public static func cellKey(weekday: Int, hour: Int) -> String { weekdays[weekday] + String(format: " %02d", hour) }

    /// Every figure of the report, in the order of the CSV.
    public var figures: [ReportFigure] {
        var out = totals
        out += byDay.map { ReportFigure(section: "day", figure: "encounters", key: $0.day, value: Double($0.count), unit: .count) }
        for (w, row) in heatmap.enumerated() {
            for (h, cell) in row.enumerated() {
                let key = Self.cellKey(weekday: w, hour: h)
                out.append(ReportFigure(section: "heatmap", figure: "encounters", key: key, value: Double(cell.count), unit: .count))
                out.append(ReportFigure(section: "heatmap", figure: "medianWait", key: key, value: cell.medianWait, unit: .seconds))
            }
        }
        for h in byHour {
            let key = String(format: "%02d", h.hour)
            func f(_ name: String, _ v: Double?, _ unit: FigureUnit) -> ReportFigure {
                ReportFigure(section: "hour", figure: name, key: key, value: v, unit: unit)
            }
            out += [f("encounters", Double(h.encounters), .count), f("waitMedian", h.wait.median, .seconds),
                    f("waitWithinGoal", h.wait.withinGoal, .share), f("serviceMedian", h.service.median, .seconds),
                    f("serviceWithinGoal", h.service.withinGoal, .share)]
        }
        out += desks.flatMap { figures(of: $0, section: "desk") }
        out += branches.flatMap { figures(of: $0, section: "branch") }
        for (section, list) in [("complaint", now.complaints), ("suggestion", now.suggestions)] {
            out += list.map {
                ReportFigure(section: section, desk: $0.desk, branch: $0.branch, figure: "note", key: InstantFormat.iso8601($0.arrived),
                             text: $0.note, unit: .text)
            }
        }
        return out
    }

    /// A figure for people: a count, a percentage or a desk clock; "—" when absent.
    public static func shown(_ value: Double?, _ unit: FigureUnit) -> String {
        guard let value else { return "—" }
        switch unit {
        case .count: return "\(Int(value.rounded()))"
        case .seconds: return ElapsedFormat.clock(value)
        case .share: return ReportWriter.percent(value)
        case .text: return ""
        }
    }

    /// A figure beside the previous period's: `12 (was 9 ▲)`.
    public static func compared(_ f: ReportFigure) -> String {
        shown(f.value, f.unit) + " (was " + shown(f.previous, f.unit) + (f.change.map { " " + $0.arrow } ?? "") + ")"
    }
}
