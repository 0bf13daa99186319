import CSQLite

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
        try bind(all: values)
    }

    /// Binds `values` to the parameters 1, 2, … in order.
    @discardableResult
    func bind(all values: [SQLiteValue]) throws(SQLiteError) -> SQLiteStatement {
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
