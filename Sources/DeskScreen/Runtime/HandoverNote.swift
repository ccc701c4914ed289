import DeskmateCore
import Foundation

/// Names of handover notes: one file per export, sortable by time.
public enum HandoverNote {
    public static func fileName(now: Date, timeZone: TimeZone) -> String {
        "summary-" + DeskCalendar(timeZone: timeZone).fileStamp(now) + ".md"
    }
}
