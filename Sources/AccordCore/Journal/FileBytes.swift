import Glibc

/// A whole file's bytes for reading once, front to back: mapped from the file by
/// `PosixFileSystem` (nothing copied), or a copy in memory. A mapped file can give
/// back the pages already read (`release(before:)`), so that decoding a large
/// snapshot does not hold both the file and the state it becomes.
public final class FileBytes {
    public let bytes: UnsafeBufferPointer<UInt8>
    private let isMapped: Bool
    private var released = 0

    /// A copy of `bytes` in memory (what a file system that does not map files gives).
    public init(_ bytes: [UInt8]) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = storage.initialize(from: bytes)
        self.bytes = UnsafeBufferPointer(storage)
        isMapped = false
    }

    /// Takes over `count` bytes mapped with `mmap` (unmapped when this is freed).
    init(mapping: UnsafeRawPointer, count: Int) {
        bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: count)
        isMapped = true
    }

    deinit {
        if isMapped {
            if let start = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), bytes.count) }
        } else {
            UnsafeMutableBufferPointer(mutating: bytes).deallocate()
        }
    }

    /// Gives the pages wholly before `offset` back to the system (reading them again
    /// reads the file again). Does nothing for a copy in memory.
    public func release(before offset: Int) {
        guard isMapped, let start = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, bytes.count) / page * page
        guard end > released else { return }
        madvise(UnsafeMutableRawPointer(mutating: start) + released, end - released, MADV_DONTNEED)
        released = end
    }
}
