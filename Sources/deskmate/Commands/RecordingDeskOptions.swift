import ArgumentParser
import Foundation

/// `--staff`, `--desk` and `--branch` of the commands that record encounters
/// (`log`, `tally`): who recorded them where, defaulting as `DeskIdentity` says.
struct RecordingDeskOptions: ParsableArguments {
    @Option(help: "Staff initials.") var staff: String?
    @Option(help: "The desk's name.") var desk: String?
    @Option(help: "The desk's branch.") var branch: String?

    var identity: DeskIdentity { DeskIdentity.current(desk: desk, branch: branch, staff: staff) }
}
