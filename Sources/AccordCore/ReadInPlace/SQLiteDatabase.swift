import CSQLite

/// What SQLite refused, in its own words, with the file it was about.
public struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int32
    public var message: String
    public var description: String { message }
}

/// One connection to an SQLite file: the few calls the read-in-place snapshot needs, each
/// failure turned into an `SQLiteError`. Closed when released. Not shared between threads.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens `path` — to read only, to read and write, or creating it.
    init(path: String, mode: Mode) throws(SQLiteError) {
        let flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .create: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        let status = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(code: status, message: message)
        }
        // Errors name their exact cause. No busy timeout is set: a locked file is not waited
        // for, because the directory lock already orders Accord's processes around it.
        sqlite3_extended_result_codes(handle, 1)
    }

    enum Mode { case readOnly, readWrite, create }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Leaves the write-ahead log as it is when this connection closes (see the shim).
    func keepWriteAheadLogOnClose() throws(SQLiteError) {
        let status = accord_sqlite_keep_wal_on_close(handle)
        guard status == SQLITE_OK else { throw failure(status) }
    }

    /// Runs `sql` (one or more statements without parameters).
    func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        guard status == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_free(message)
            throw SQLiteError(code: status, message: text)
        }
    }

    /// The prepared statement for `sql`, made once per connection and reset for each use.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let statement = statements[sql] {
            statement.reset()
            return statement
        }
        var raw: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard status == SQLITE_OK, let raw else { throw failure(status) }
        let statement = SQLiteStatement(raw, database: self)
        statements[sql] = statement
        return statement
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        // A statement left on a row holds a read transaction open: finished first.
        for statement in statements.values { statement.reset() }
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            // Nor may one hold it at the commit: the checkpoint after it could not empty the log.
            for statement in statements.values { statement.reset() }
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The error SQLite reports for `status`.
    func failure(_ status: Int32) -> SQLiteError {
        SQLiteError(code: status, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status)))
    }
}
