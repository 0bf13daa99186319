import AccordCLI
import Glibc

exit(AccordMain.run())
