import Foundation
import Testing
import TestSupport

/// `deskmate sync` and `log`'s outbox where no server is needed: nothing
/// listens on port 1, so the shared store cannot be reached.
@Suite struct SyncCommandTests {
    let unreachable = "postgresql://desk:hunter2@127.0.0.1:1/deskmate?sslmode=disable"

    @Test func syncHasHelp() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let help = try cli.run("sync", "--help")
        #expect(help.status == 0 && help.stdout.contains("USAGE") && help.stdout.contains("outbox"))
    }

    @Test func aStoreFileHasNoOutboxToSend() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let result = try cli.run("sync")
        #expect(result.status == 64)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("never uses the outbox"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.storePath) && !FileManager.default.fileExists(atPath: cli.folder + "/data/deskmate/outbox.sqlite"))
    }

    @Test func logHoldsWhatTheStoreCannotTakeAndSyncSaysItStillWaits() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let nothing = try cli.run("sync", "--store", unreachable)
        #expect(nothing.status == 0 && nothing.stdout.contains("Nothing waits in the outbox."), "\(nothing.stderr)")
        for n in 1...2 {
            let held = try cli.run("log", "--store", unreachable, "--mode", "phone", "--kind", "policy", "--closed", "2026-11-20T10:00:00Z")
            #expect(held.status == 0 && held.stdout.isEmpty, "\(held.stderr)")
            #expect(held.stderr.contains("kept in the outbox (\(n) waiting)") && !held.stderr.contains("hunter2"), "\(held.stderr)")
        }
        let waiting = try cli.run("sync", "--store", unreachable, "--json")
        #expect(waiting.status == 1)
        #expect(waiting.stderr.split(separator: "\n").count == 1 && waiting.stderr.contains("2 encounters still waiting"), "\(waiting.stderr)")
        let shape = try #require(try JSONSerialization.jsonObject(with: Data(waiting.stdout.utf8)) as? [String: Any])
        #expect(shape["sent"] as? Int == 0 && shape["waiting"] as? Int == 2 && shape["error"] is String)
        // A store file never touches the outbox: what waits there stays.
        let local = try cli.run("log", "--mode", "phone", "--kind", "policy", "--json")
        #expect(local.status == 0 && local.stderr.isEmpty, "\(local.stderr)")
        let logged = try #require(try JSONSerialization.jsonObject(with: Data(local.stdout.utf8)) as? [String: Any])
        #expect(logged["held"] as? Bool == false && logged["clientId"] is NSNull && logged["id"] as? Int == 1)
        #expect(try cli.run("sync", "--store", unreachable).stderr.contains("2 encounters still waiting"))
    }
}
