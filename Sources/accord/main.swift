import AccordCLI
#if canImport(Glibc)
import Glibc
#endif

exit(AccordMain.run())
