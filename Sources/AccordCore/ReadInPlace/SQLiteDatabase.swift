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
        // A locked file is never waited for: the directory lock orders Accord's processes.
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

/// A prepared statement: bind, step, read columns.
final class SQLiteStatement {
    private let raw: OpaquePointer
    private unowned let database: SQLiteDatabase

    init(_ raw: OpaquePointer, database: SQLiteDatabase) {
        self.raw = raw
        self.database = database
    }

    deinit { sqlite3_finalize(raw) }

    func reset() {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    /// Binds `values` to the parameters 1, 2, … in order.
    @discardableResult
    func bind(_ values: SQLiteValue...) throws(SQLiteError) -> SQLiteStatement {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .int(let number): status = sqlite3_bind_int64(raw, index, Int64(number))
            case .text(let text): status = sqlite3_bind_text(raw, index, text, -1, SQLITE_TRANSIENT)
            case .bytes(let bytes):
                status = bytes.withUnsafeBytes { sqlite3_bind_blob64(raw, index, $0.baseAddress, UInt64($0.count), SQLITE_TRANSIENT) }
            case .null: status = sqlite3_bind_null(raw, index)
            }
            guard status == SQLITE_OK else { throw database.failure(status) }
        }
        return self
    }

    /// Steps once: true when a row is ready to read.
    func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(raw)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.failure(status)
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(SQLiteError) {
        while try step() {}
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(raw, column) else { return nil }
        return String(cString: bytes)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(raw, column) == SQLITE_NULL }

    /// Calls `body` with the bytes of a text or blob column, valid only during the call.
    func withBytes<T, Failure: Error>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> T) throws(Failure) -> T {
        let count = Int(sqlite3_column_bytes(raw, column))
        let base = sqlite3_column_blob(raw, column)?.assumingMemoryBound(to: UInt8.self)
        return try body(UnsafeBufferPointer(start: base, count: base == nil ? 0 : count))
    }
}

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case int(Int)
    case text(String)
    case bytes([UInt8])
    case null
}

/// SQLite copies the bound value (the Swift buffer does not outlive the call).
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
