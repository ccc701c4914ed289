/// The one range each number staff or scripts can give Deskmate must fall in,
/// wherever it comes from: a flag, an environment variable or the settings
/// file. Why one table: a value checked in one way in and not in another is
/// how a flag once crashed the summary (an acknowledge goal of 2⁶³−1 seconds
/// overflowed the clock formatter) while the settings file refused it.
public struct NumericRange: Sendable, Equatable {
    /// What the number is, as a person would say it ("acknowledge goal").
    public let what: String
    public let range: ClosedRange<Int>

    public init(_ what: String, _ range: ClosedRange<Int>) {
        self.what = what
        self.range = range
    }

    /// `value` when it is in range; otherwise a message that names `source`
    /// (a flag, a variable or a settings key) and the range.
    public func check(_ value: Int, source: String) throws(NumericRange.OutOfRange) -> Int {
        guard range.contains(value) else { throw OutOfRange(message: message(source: source)) }
        return value
    }

    /// "--limit must be a whole number from 1 to 1000."
    public func message(source: String) -> String {
        "\(source) must be a whole number from \(range.lowerBound) to \(range.upperBound)."
    }

    /// A number outside its range, with the line to show.
    public struct OutOfRange: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}

extension NumericRange {
    /// Seconds within which a waiting patron should be acknowledged: up to an hour.
    public static let acknowledgeGoal = NumericRange("acknowledge goal", 1...3_600)
    /// Seconds within which a question should be served: up to a day.
    public static let serviceGoal = NumericRange("service goal", 1...86_400)
    /// Days an encounter keeps its patron link and note: up to a hundred years.
    public static let retentionDays = NumericRange("retention", 1...36_500)
    /// How many patrons a lookup lists.
    public static let lookupLimit = NumericRange("lookup limit", 1...1_000)
    /// How many encounters a history lists.
    public static let historyLimit = NumericRange("history limit", 1...100_000)
    /// How many past answers a notes search lists.
    public static let notesLimit = NumericRange("notes search limit", 1...1_000)
    /// The READ scale (Reference Effort Assessment Data).
    public static let readLevel = NumericRange("READ level", 1...6)
    /// Questions one `tally` records: a paper sheet's hour, not a year.
    public static let tallyCount = NumericRange("tally count", 1...500)
    /// The hour of the day a past-hour tally is for (`14`, `14:30`).
    public static let tallyHour = NumericRange("hour", 0...23)
    public static let tallyMinute = NumericRange("minute", 0...59)
    /// How far back `-2h` on the screen's tally form may reach: a week of paper sheets.
    public static let tallyHoursBack = NumericRange("hours back", 1...168)
    /// Synthetic patrons `seed` may add in one go.
    public static let seedPatrons = NumericRange("patron count", 0...10_000_000)
    /// Synthetic encounters `seed` may add in one go.
    public static let seedEncounters = NumericRange("encounter count", 0...50_000_000)
}
