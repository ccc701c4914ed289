import Foundation

/// How likely a patron is to be the one at the desk, all else equal: recent
/// visitors first, frequent visitors a little ahead. Someone seen yesterday
/// outranks someone last seen two years ago; each e-fold of visits is worth
/// as much as being seen two weeks more recently.
///
/// The score does not depend on today, so the store keeps it in its index and
/// reads the best-scored patrons for a word straight off a B-tree.
/// `sql` is the same formula for the store's triggers; a test checks the two agree.
public enum VisitScore {
    /// Days of recency one e-fold of visits is worth.
    public static let daysPerEFold = 14.0

    /// The score of a patron last seen at `lastSeen` (seconds since 1970)
    /// after `visits` visits; never-seen patrons score by visits alone (0).
    public static func score(lastSeen: Double?, visits: Int) -> Double {
        (lastSeen ?? 0) / 86_400 + daysPerEFold * log(1 + Double(max(visits, 0)))
    }

    /// The formula as an SQLite expression over `patron`'s columns.
    public static func sql(lastSeen: String = "last_seen", visits: String = "visit_count") -> String {
        "(coalesce(\(lastSeen), 0) / 86400.0 + \(daysPerEFold) * ln(1 + max(\(visits), 0)))"
    }
}
