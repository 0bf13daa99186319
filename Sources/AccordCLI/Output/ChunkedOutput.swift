/// Text handed over in many small pieces, written in chunks of about 256 KB: an export of
/// a million agreements is written as it is made, never held whole, and without a system
/// call per entry.
final class ChunkedOutput {
    private var buffer: [UInt8] = []
    private let chunkSize = 256 << 10
    private let writeChunk: ([UInt8]) throws -> Void

    init(writeChunk: @escaping ([UInt8]) throws -> Void) {
        self.writeChunk = writeChunk
        buffer.reserveCapacity(chunkSize + (16 << 10))
    }

    /// Adds `text`; writes the buffer once it holds a chunk.
    func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= chunkSize { try flush() }
    }

    /// Writes what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try writeChunk(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
