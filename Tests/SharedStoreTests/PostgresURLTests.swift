import DeskmateCore
import Testing
@testable import DeskmatePostgres

/// Reading a shared store's URL: no server needed.
@Suite struct PostgresURLTests {
    @Test func aFullURLIsRead() throws {
        let url = try PostgresURL("postgresql://desk:s%40cret@db.library.example:6543/deskmate?sslmode=require", environment: [:])
        #expect(url.user == "desk")
        #expect(url.password == "s@cret")
        #expect(url.host == "db.library.example")
        #expect(url.port == 6543)
        #expect(url.database == "deskmate")
        #expect(url.sslMode == .require)
        #expect(url.redacted == "postgresql://desk@db.library.example:6543/deskmate")
        #expect(url.endpoint == "db.library.example:6543")
    }

    @Test func defaultsAndTheEnvironmentFillTheGaps() throws {
        let url = try PostgresURL("postgres://desk@[::1]/", environment: ["PGPASSWORD": "from-env"])
        #expect(url.host == "::1" && url.port == 5432)
        #expect(url.database == "desk", "as libpq: the database defaults to the user's name")
        #expect(url.password == "from-env")
        #expect(url.sslMode == .prefer)
        #expect(url.redacted == "postgresql://desk@[::1]:5432/desk")
        let given = try PostgresURL("postgresql://desk:inurl@h/db", environment: ["PGPASSWORD": "from-env"])
        #expect(given.password == "inurl", "the URL's own password wins")
    }

    @Test(arguments: [
        "postgresql://@host/db", "postgresql://u:p@/db", "postgresql://u:p@host:0/db", "postgresql://u:p@host:99999/db",
        "postgresql://u:p@host:abc/db", "postgresql://u:p@host/db?sslmode=sometimes", "postgresql://u:p@host/db?schema=x",
        "postgresql://u:p@[::1/db", "mysql://u:p@host/db",
    ])
    func badURLsAreRefusedWithoutThePassword(_ text: String) {
        do {
            _ = try PostgresURL(text.replacingOccurrences(of: ":p@", with: ":hunter2@"), environment: [:])
            Issue.record("\(text) was accepted")
        } catch {
            #expect(!error.description.contains("hunter2"), "\(error)")
            #expect(error.description.hasPrefix("The store URL"), "\(error)")
        }
    }

    @Test func redactingLeavesNoPasswordEvenInNonsense() {
        #expect(PostgresURL.redact("postgresql://u:pa:ss@word@h/db") == "postgresql://u@h/db")
        #expect(PostgresURL.redact("postgresql://u@h/db?x=a:b@c") == "postgresql://u@h/db?x=a:b@c")
        #expect(PostgresURL.redact("/plain/path") == "/plain/path")
    }
}
