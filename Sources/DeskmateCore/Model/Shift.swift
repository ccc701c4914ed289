import Foundation

/// A stretch of time one person staffs one desk; the summary reports on it.
public struct Shift: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var desk: String
    /// The branch the desk belongs to.
    public var branch: String
    public var staff: String
    public var started: Date
    public var ended: Date?

    public init(id: Int64, desk: String, branch: String = DeskNames.defaultBranch, staff: String, started: Date, ended: Date? = nil) {
        self.id = id
        self.desk = desk
        self.branch = branch
        self.staff = staff
        self.started = started
        self.ended = ended
    }

    public var isOpen: Bool { ended == nil }
}

/// Someone waiting at the desk: the response timer started when they walked
/// up. Stored by its start instant, so a timer survives quitting and crashes
/// and elapsed time is always computed from the clock, never by counting ticks.
public struct WaitingPatron: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var arrived: Date
    /// Set when staff turn to the patron.
    public var served: Date?
    public var patronID: Int64?
    public var mode: ContactMode

    public init(id: Int64, arrived: Date, served: Date? = nil, patronID: Int64? = nil, mode: ContactMode = .inPerson) {
        self.id = id
        self.arrived = arrived
        self.served = served
        self.patronID = patronID
        self.mode = mode
    }
}
