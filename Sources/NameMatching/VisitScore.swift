/// How likely a patron is to be the one at the desk, all else equal: recent
/// visitors first, frequent visitors a little ahead. Someone seen yesterday
/// outranks someone last seen two years ago; every doubling of visits is
/// worth being seen `daysPerDoubling` days more recently.
///
/// The score does not depend on today, so the store keeps it in its index and
/// reads the best-scored patrons for a word straight off a B-tree. `sql` is
/// the same formula for the store's trigger, written with comparisons only
/// (SQLite's `ln` is missing from some builds); a test checks the two agree.
public enum VisitScore {
    /// Days of recency a doubling of visits is worth.
    public static let daysPerDoubling = 10.0
    /// Visit counts at which the bonus steps up: 2^k − 1, k = 1…10.
    static let steps = (1...10).map { (1 << $0) - 1 }

    /// The score of a patron last seen at `lastSeen` (seconds since 1970)
    /// after `visits` visits: days since 1970 plus the frequency bonus.
    public static func score(lastSeen: Double?, visits: Int) -> Double {
        let doublings = steps.filter { visits >= $0 }.count
        return (lastSeen ?? 0) / 86_400.0 + daysPerDoubling * Double(doublings)
    }

    /// The formula as an SQLite expression over `patron`'s columns.
    public static func sql(lastSeen: String = "last_seen", visits: String = "visit_count") -> String {
        let doublings = steps.map { "(\(visits) >= \($0))" }.joined(separator: " + ")
        return "(coalesce(\(lastSeen), 0) / 86400.0 + \(daysPerDoubling) * (\(doublings)))"
    }
}
