import AccordCore
import ArgumentParser

extension ArgumentHelp {
    /// Help in the current language.
    init(_ phrase: Phrase, valueName: String? = nil) {
        self.init(phrase.text, valueName: valueName)
    }
}
