import Foundation

/// The PostgreSQL server the shared-store tests run against, named by
/// `DESKMATE_TEST_POSTGRES_URL` (CI starts one with
/// `Tests/Support/postgres-cluster.sh`; a developer can run the same script).
///
/// Outside CI a missing server skips those tests visibly (`swift test` lists
/// them as skipped, with the reason); in CI (`CI=true`) they run anyway and
/// fail, so a broken harness can never pass as "nothing to test".
public enum PostgresTestServer {
    public static let variable = "DESKMATE_TEST_POSTGRES_URL"

    /// The URL, password and all: pass it to stores and programs, never print it.
    public static var url: String? {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return nil }
        return value
    }

    public static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }

    /// Whether a PostgreSQL test should run: there is a server, or this is CI
    /// (where a missing one must turn the test red rather than skip it).
    public static var shouldRun: Bool { url != nil || isCI }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "CI=true but \(PostgresTestServer.variable) is not set: .ci/run starts a PostgreSQL cluster for these tests; it did not."
        }
    }

    /// The URL, or an error that fails the test (reached only in CI, since
    /// elsewhere the test is skipped before it starts).
    public static func requireURL() throws -> String {
        guard let url else { throw Missing() }
        return url
    }

    /// The test cluster's folder (`DESKMATE_TEST_POSTGRES_DIR`, printed by
    /// `postgres-cluster.sh start`): its data directory and its socket.
    public static var clusterFolder: String? {
        guard let value = ProcessInfo.processInfo.environment["DESKMATE_TEST_POSTGRES_DIR"], !value.isEmpty else { return nil }
        return value
    }

    /// Runs `sql` as the cluster's superuser over its local socket (what only
    /// a superuser may do, such as `CHECKPOINT`), as the cluster's owner: the
    /// `postgres` user when the tests run as root.
    public static func superuser(_ sql: String, database: String) throws -> Subprocess.Result {
        guard let folder = clusterFolder, let url else { throw Missing() }
        guard let portStart = url.range(of: "@")?.upperBound,
              let colon = url[portStart...].firstIndex(of: ":"),
              let slash = url[colon...].firstIndex(of: "/") else { throw Missing() }
        let port = String(url[url.index(after: colon)..<slash])
        let psql = ["/usr/lib/postgresql/15/bin/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                    "-h", folder, "-p", port, "-U", "postgres", "-d", database, "-c", sql]
        return getuid() == 0
            ? try Subprocess.run("/usr/sbin/runuser", ["-u", "postgres", "--"] + psql)
            : try Subprocess.run(psql[0], Array(psql.dropFirst()))
    }
}
