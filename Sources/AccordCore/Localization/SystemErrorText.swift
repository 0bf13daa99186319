import Glibc

/// What an error number means, in the current language: the common ones a person meets
/// (permission, a full disk, a missing file, a read-only file system) are said in French
/// too; the rest as the C library says them.
public enum SystemErrorText {
    public static func reason(_ code: Int32) -> String {
        let words = Phrases.core
        switch code {
        case EACCES, EPERM: return words.osPermission.text
        case ENOSPC, EDQUOT: return words.osNoSpace.text
        case ENOENT: return words.osNotFound.text
        case EROFS: return words.osReadOnly.text
        case ELOOP: return words.osSymbolicLink.text
        case EISDIR: return words.osIsDirectory.text
        case ENOTDIR: return words.osNotDirectory.text
        case EEXIST: return words.osExists.text
        default: return String(cString: strerror(code))
        }
    }
}
