import ArgumentParser
import DeskmateCore
import Foundation

/// What `followup done` and `followup reopen` both take — the store, the
/// follow-up's id, `--json` — and how both print the follow-up they changed,
/// so the two commands cannot drift apart in their arguments or their output.
struct FollowUpTarget: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The follow-up's id.") var id: Int64
    @Flag(help: "Print as JSON.") var json = false

    /// Makes the change `body` makes to the follow-up on the store, then prints it as JSON
    /// or, without `--json`, prints `done`.
    func change(_ body: (any OpenedStore, Int64) throws -> FollowUp, done: String) throws {
        let followUp = try storeOptions.withStore { store in try body(store, id) }
        if json { try JSONOutput.print(JSONShapes.FollowUpJSON(followUp)) } else { Console.print(done) }
    }
}
