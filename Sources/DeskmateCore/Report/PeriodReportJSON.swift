import Foundation

/// The period report's JSON shape (`report --format json`), documented in
/// the README and kept stable: every key always there, `null` for what is
/// absent. The numbers come from `PeriodReport.figures`, as the CSV's do.
public struct PeriodReportJSON: Encodable, Sendable {
    public struct Span: Encodable, Sendable { public var from: String; public var to: String }
    /// A figure beside the previous period's; `change` is `up`, `down`, `same` or null.
    public struct Compared: Encodable, Sendable {
        @OrNull public var value: Double?
        @OrNull public var previous: Double?
        @OrNull public var change: String?

        init(_ f: ReportFigure) { value = f.value; previous = f.previous; change = f.change?.rawValue }
    }
    public struct Hour: Encodable, Sendable {
        public var hour: Int
        public var encounters: Int
        public var wait: ReportJSON.Timing
        public var service: ReportJSON.Timing
    }
    public struct Patrons: Encodable, Sendable { public var returning: Compared; public var new: Compared }
    /// A desk (`desk` its name) or a branch (`desk` null).
    public struct Group: Encodable, Sendable {
        @OrNull public var desk: String?
        public var branch: String
        public var encounters: Compared
        public var patrons: Patrons
        public var byKind, byMode, byRead: [String: Compared]

        init(_ figures: [ReportFigure], desk: String?, branch: String) {
            self.desk = desk
            self.branch = branch
            func one(_ name: String) -> Compared {
                Compared(figures.first { $0.figure == name } ?? ReportFigure(section: "", figure: name, unit: .count))
            }
            func keyed(_ name: String) -> [String: Compared] {
                Dictionary(figures.filter { $0.figure == name }.map { ($0.key ?? "", Compared($0)) }, uniquingKeysWith: { a, _ in a })
            }
            encounters = one("encounters")
            patrons = Patrons(returning: one("returningPatrons"), new: one("newPatrons"))
            byKind = keyed("kind")
            byMode = keyed("mode")
            byRead = keyed("read")
        }
    }
    public struct Note: Encodable, Sendable {
        public var arrived, desk, branch, note: String
    }

    public var from, to: String
    @OrNull public var desk: String?
    @OrNull public var branch: String?
    public var timeZone: String
    public var previous: Span
    public var goals: ReportJSON.Goals
    /// Figure name → figure beside the previous period's.
    public var totals: [String: Compared]
    /// `yyyy-MM-dd` → encounters, every day of the period.
    public var byDay: [String: Int]
    /// Seven rows, Monday → Sunday, of 24 counts (hour 0–23, desk time zone).
    public var heatmap: [[Int]]
    /// The same cells' median wait in seconds, null where none was measured.
    public var heatmapMedianWait: [[Double?]]
    public var byHour: [Hour]
    public var byDesk: [Group]
    public var byBranch: [Group]
    public var complaints: [Note]
    public var suggestions: [Note]

    public init(_ r: PeriodReport) {
        from = InstantFormat.iso8601(r.now.period.from)
        to = InstantFormat.iso8601(r.now.period.to)
        desk = r.now.period.desk
        branch = r.now.period.branch
        timeZone = r.timeZone
        previous = Span(from: InstantFormat.iso8601(r.previous.period.from), to: InstantFormat.iso8601(r.previous.period.to))
        goals = ReportJSON.Goals(acknowledgeSeconds: r.now.goals.acknowledgeSeconds, serviceSeconds: r.now.goals.serviceSeconds)
        totals = Dictionary(r.totals.map { ($0.figure, Compared($0)) }, uniquingKeysWith: { a, _ in a })
        byDay = Dictionary(r.byDay.map { ($0.day, $0.count) }, uniquingKeysWith: +)
        heatmap = r.heatmap.map { $0.map(\.count) }
        heatmapMedianWait = r.heatmap.map { $0.map(\.medianWait) }
        byHour = r.byHour.map { Hour(hour: $0.hour, encounters: $0.encounters, wait: ReportJSON.Timing($0.wait), service: ReportJSON.Timing($0.service)) }
        byDesk = r.desks.map { Group(r.figures(of: $0, section: "desk"), desk: $0.desk, branch: $0.branch) }
        byBranch = r.branches.map { Group(r.figures(of: $0, section: "branch"), desk: nil, branch: $0.branch) }
        func notes(_ list: [Encounter]) -> [Note] {
            list.map { Note(arrived: InstantFormat.iso8601($0.arrived), desk: $0.desk, branch: $0.branch, note: $0.note) }
        }
        complaints = notes(r.now.complaints)
        suggestions = notes(r.now.suggestions)
    }
}
