import ArgumentParser
import Foundation

/// An instant typed on the command line: ISO 8601 (`2026-11-22T14:05:00Z`,
/// `2026-11-22T14:05:00+01:00`) or local time (`2026-11-22T14:05`,
/// `2026-11-22 14:05`).
struct TimeArgument: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        guard let date = TimeArgument.parse(argument) else { return nil }
        self.date = date
    }

    static func parse(_ text: String) -> Date? {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = iso.date(from: text) { return d }
        iso.formatOptions = [.withInternetDateTime]
        if let d = iso.date(from: text) { return d }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = .current
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            local.dateFormat = format
            if let d = local.date(from: text) { return d }
        }
        return nil
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

import DeskmateCore

extension ContactMode: ExpressibleByArgument {}
extension QuestionKind: ExpressibleByArgument {}
