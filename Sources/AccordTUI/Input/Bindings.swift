import AccordCore

/// Every mode's key table. Each drives its mode's keys, status-bar hints and `?` help; its
/// words are in both languages, next to the keys they describe.
public enum Bindings {
    /// The table of `mode`, as its hints and help rows.
    static func table(for mode: Mode) -> any HintsAndHelp {
        switch mode {
        case .panes: return panes
        case .overview: return overview
        case .searchLine: return searchLine
        case .form: return form
        case .confirm: return confirm
        case .details: return details
        case .help: return help
        }
    }

    /// Every table, for the catalog test.
    public static var all: [any HintsAndHelp] { [panes, overview, details, help, searchLine, form, confirm] }

    private static let moveHint = Phrase(en: "j/k move", fr: "j/k déplace")
    private static let pageUp = Phrase(en: "page up", fr: "page précédente")
    private static let pageDown = Phrase(en: "page down", fr: "page suivante")
    private static let redo = Phrase(en: "redo", fr: "rétablir")
    private static let sync = Phrase(en: "sync with the team through git (Esc cancels)", fr: "synchroniser avec l'équipe par git (Échap annule)")
    private static let nextTheme = Phrase(en: "next colour theme (remembered)", fr: "thème de couleurs suivant (retenu)")
    private static let nextLanguage = Phrase(en: "next language: English, Français (remembered)",
                                             fr: "langue suivante : English, Français (retenue)")
    private static let thisHelp = Phrase(en: "this help", fr: "cette aide")
    private static let helpHint = Phrase(en: "? help", fr: "? aide")
    private static let f1HelpHint = Phrase(en: "F1 help", fr: "F1 aide")
    private static let redraw = Phrase(en: "redraw the screen", fr: "redessiner l'écran")
    private static let quit = Phrase(en: "quit", fr: "quitter")
    private static let quitAccord = Phrase(en: "quit Accord", fr: "quitter Accord")
    private static let quitHint = Phrase(en: "q quit", fr: "q quitte")
    private static let undoHint = Phrase(en: "u undo", fr: "u annule")
    /// The hint of every Escape that cancels ("Esc cancel"); a form's dialog shows another.
    static let cancelHint = Phrase(en: "Esc cancel", fr: "Échap annule")
    private static let scrollHint = Phrase(en: "j/k scroll", fr: "j/k défile")
    private static let scrollDown = Phrase(en: "scroll down", fr: "défiler vers le bas")
    private static let scrollUp = Phrase(en: "scroll up", fr: "défiler vers le haut")
    private static let top = Phrase(en: "top", fr: "début")
    private static let bottom = Phrase(en: "bottom", fr: "fin")
    private static let close = Phrase(en: "close", fr: "fermer")
    private static let closeHint = Phrase(en: "Esc close", fr: "Échap ferme")

    /// The three panes (and the detail panel under them).
    public static let panes = BindingTable<PaneCommand>([
        KeyBinding([(.tab, .focusNext), (.backTab, .focusPrevious)], Phrase(en: "next / previous pane", fr: "panneau suivant / précédent")),
        KeyBinding([.character("1")], .focusPane(.partners), Phrase(en: "Partners pane", fr: "panneau Partenaires")),
        KeyBinding([.character("2")], .focusPane(.agreements), Phrase(en: "Agreements pane", fr: "panneau Conventions")),
        KeyBinding([.character("3")], .focusPane(.checklist), Phrase(en: "Checklist pane", fr: "panneau Engagements")),
        KeyBinding([.character("h"), .left], .focusLeft, Phrase(en: "pane to the left", fr: "panneau de gauche")),
        KeyBinding([.character("l"), .right], .focusRight, Phrase(en: "pane to the right", fr: "panneau de droite")),
        KeyBinding([.character("j"), .down], .moveDown, Phrase(en: "move down", fr: "descendre"), hint: moveHint),
        KeyBinding([.character("k"), .up], .moveUp, Phrase(en: "move up", fr: "monter")),
        KeyBinding([.character("g"), .home], .moveTop, Phrase(en: "first item", fr: "premier élément")),
        KeyBinding([.character("G"), .end], .moveBottom, Phrase(en: "last item", fr: "dernier élément")),
        KeyBinding([.pageUp], .pageUp, pageUp),
        KeyBinding([.pageDown], .pageDown, pageDown),
        KeyBinding([.character(" "), .character("x")], .toggleTick,
                   Phrase(en: "tick / untick (asks before forgetting a date)", fr: "cocher / décocher (demande avant d'oublier une date)"),
                   hint: Phrase(en: "Space tick", fr: "x coche"), changesData: true),
        KeyBinding([.enter], .openDetails, Phrase(en: "details of the selected item", fr: "détails de l'élément choisi")),
        KeyBinding([.character("a")], .add,
                   Phrase(en: "add a partner, agreement or action (by pane)", fr: "ajouter un partenaire, une convention ou une action (selon le panneau)"),
                   hint: Phrase(en: "a add", fr: "a ajoute"), changesData: true),
        KeyBinding([.character("A")], .addCommitment, Phrase(en: "add a commitment to the agreement", fr: "ajouter un engagement à la convention"),
                   changesData: true),
        KeyBinding([.character("e")], .edit, Phrase(en: "edit the selected item", fr: "modifier l'élément choisi"), changesData: true),
        KeyBinding([.character("N")], .editNote, Phrase(en: "edit the note of the selected item", fr: "modifier la note de l'élément choisi"),
                   changesData: true),
        KeyBinding([.character("d")], .delete, Phrase(en: "delete the selected item (asks first)", fr: "supprimer l'élément choisi (demande d'abord)"),
                   changesData: true),
        KeyBinding([.character("u")], .undo,
                   Phrase(en: "undo the last change (asks when it removes many)", fr: "annuler la dernière modification (demande si elle retire beaucoup)"),
                   hint: undoHint, changesData: true),
        KeyBinding([.control("r")], .redo, redo, changesData: true),
        KeyBinding([.character("/")], .search, Phrase(en: "search · category: partner: status: due:", fr: "chercher · catégorie: partenaire: statut: échéance:"),
                   hint: Phrase(en: "/ search", fr: "/ cherche")),
        KeyBinding([.character("n")], .nextHit, Phrase(en: "next search hit", fr: "résultat suivant")),
        KeyBinding([.character("p")], .previousHit, Phrase(en: "previous search hit", fr: "résultat précédent")),
        KeyBinding([.escape], .clearSearch, Phrase(en: "clear the search", fr: "effacer la recherche")),
        KeyBinding([.character("o"), .character("0")], .overview,
                   Phrase(en: "overview: totals, overdue, ending soon, changes", fr: "bilan : totaux, retards, fins proches, modifications"),
                   hint: Phrase(en: "o overview", fr: "o bilan")),
        KeyBinding([.character("D")], .agenda,
                   Phrase(en: "agenda: what falls due, week by week", fr: "agenda : les échéances, semaine par semaine")),
        KeyBinding([.character("R")], .renew,
                   Phrase(en: "renew the selected agreement (asks first)", fr: "renouveler la convention choisie (demande d'abord)"),
                   changesData: true),
        KeyBinding([.character("O")], .openLink,
                   Phrase(en: "open the selected item's link (xdg-open)", fr: "ouvrir le lien de l'élément choisi (xdg-open)")),
        KeyBinding([.character("S")], .sync, sync, changesData: true),
        KeyBinding([.character("t")], .cycleTheme, nextTheme),
        KeyBinding([.character("L")], .cycleLanguage, nextLanguage),
        KeyBinding([.character("?"), .function(1)], .help, thisHelp, hint: helpHint),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("z")], .suspend, Phrase(en: "suspend to the shell (fg comes back)", fr: "suspendre vers le shell (fg revient)")),
        KeyBinding([.character("q"), .control("c")], .quit, quit, hint: quitHint),
    ])

    /// The overview screen and the agenda.
    public static let overview = BindingTable<OverviewCommand>([
        KeyBinding([.character("j"), .down], .moveDown, Phrase(en: "next line with an item", fr: "ligne suivante avec un élément"), hint: moveHint),
        KeyBinding([.character("k"), .up], .moveUp, Phrase(en: "previous line with an item", fr: "ligne précédente avec un élément")),
        KeyBinding([.pageDown], .pageDown, pageDown),
        KeyBinding([.pageUp], .pageUp, pageUp),
        KeyBinding([.character("g"), .home], .moveTop, Phrase(en: "first line", fr: "première ligne")),
        KeyBinding([.character("G"), .end], .moveBottom, Phrase(en: "last line", fr: "dernière ligne")),
        KeyBinding([.enter], .open, Phrase(en: "open the selected line's item in the panes", fr: "ouvrir l'élément de la ligne dans les panneaux"),
                   hint: Phrase(en: "Enter open", fr: "Entrée ouvre")),
        KeyBinding([.escape, .character("o"), .character("0")], .back, Phrase(en: "back to the panes", fr: "retour aux panneaux"),
                   hint: Phrase(en: "Esc back", fr: "Échap revient")),
        KeyBinding([.character("D")], .agenda, Phrase(en: "agenda (in the agenda: back to the panes)", fr: "agenda (dans l'agenda : retour aux panneaux)")),
        KeyBinding([(.character("1"), .focusPane(.partners)), (.character("2"), .focusPane(.agreements)),
                    (.character("3"), .focusPane(.checklist))], Phrase(en: "back to that pane", fr: "retour à ce panneau")),
        KeyBinding([.character("/")], .search, Phrase(en: "search (in the panes)", fr: "chercher (dans les panneaux)")),
        KeyBinding([.character("u")], .undo, Phrase(en: "undo the last change", fr: "annuler la dernière modification"), hint: undoHint,
                   changesData: true),
        KeyBinding([.control("r")], .redo, redo, changesData: true),
        KeyBinding([.character("T")], .takeConflict, Phrase(en: "on a conflict: take the lost value back", fr: "sur un conflit : reprendre la valeur perdue"),
                   hint: Phrase(en: "T take back", fr: "T reprend"), changesData: true, hintShown: { $0.overview?.selectedConflictID != nil }),
        KeyBinding([.character("X")], .dismissConflict, Phrase(en: "on a conflict: keep the current value", fr: "sur un conflit : garder la valeur actuelle"),
                   changesData: true),
        KeyBinding([.character("S")], .sync, sync, changesData: true),
        KeyBinding([.character("t")], .cycleTheme, nextTheme),
        KeyBinding([.character("L")], .cycleLanguage, nextLanguage),
        KeyBinding([.character("?"), .function(1)], .help, thisHelp, hint: helpHint),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.character("q"), .control("c")], .quit, quit, hint: quitHint),
    ])

    /// Scrolling, the same in the details box and the help box.
    private static let scrolling: [KeyBinding<OverlayCommand>] = [
        KeyBinding([.character("j"), .down], .scrollDown, scrollDown, hint: scrollHint),
        KeyBinding([.character("k"), .up], .scrollUp, scrollUp),
        KeyBinding([.pageDown, .character(" ")], .pageDown, pageDown),
        KeyBinding([.pageUp], .pageUp, pageUp),
        KeyBinding([.character("g"), .home], .top, top),
        KeyBinding([.character("G"), .end], .bottom, bottom),
    ]

    /// The details box.
    public static let details = BindingTable<OverlayCommand>(scrolling + [
        KeyBinding((1...9).map { (Key.character(Character("\($0)")), OverlayCommand.openLink($0)) },
                   Phrase(en: "open the item's link of that number (xdg-open)", fr: "ouvrir le lien de ce numéro (xdg-open)"),
                   hint: Phrase(en: "1–9 open link", fr: "1–9 ouvre le lien"), label: Phrase(both: "1–9"),
                   hintShown: { $0.detailLinkCount > 0 }),
        KeyBinding([.escape, .enter, .character("q")], .close, close, hint: closeHint),
        KeyBinding([.character("?"), .function(1)], .help, thisHelp, hint: helpHint),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("c")], .quit, quitAccord),
    ])

    /// The help box itself.
    public static let help = BindingTable<OverlayCommand>(scrolling + [
        KeyBinding([.escape, .enter, .character("q"), .character("?"), .function(1)], .close, close, hint: closeHint),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("c")], .quit, quitAccord),
    ])

    /// The search line, while a query is typed.
    public static let searchLine = BindingTable<SearchLineCommand>([
        KeyBinding([], .type, Phrase(en: "words to find (case and accents ignored)", fr: "mots à trouver (casse et accents ignorés)"),
                   label: Phrase(en: "text", fr: "texte")),
        KeyBinding([], .type, Phrase(en: "narrow it: status:open due:overdue", fr: "affiner : statut:ouvert échéance:retard"),
                   label: Phrase(en: "category: partner: …", fr: "catégorie: partenaire: …")),
        KeyBinding([.enter], .jump, Phrase(en: "close the line, go to the first hit", fr: "fermer la ligne, aller au premier résultat"),
                   hint: Phrase(en: "Enter jump", fr: "Entrée y va")),
        KeyBinding([.escape], .cancel, Phrase(en: "cancel the search", fr: "annuler la recherche"), hint: cancelHint),
        KeyBinding([.backspace], .eraseCharacter, Phrase(en: "erase a character", fr: "effacer un caractère")),
        KeyBinding([.control("u")], .eraseAll, Phrase(en: "erase the line", fr: "effacer la ligne")),
        KeyBinding([.control("w")], .eraseWord, Phrase(en: "erase a word", fr: "effacer un mot")),
        KeyBinding([.function(1), .control("g")], .help, thisHelp, hint: f1HelpHint),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("c")], .quit, quitAccord),
    ])

    /// An add, edit or note form.
    public static let form = BindingTable<FormCommand>([
        KeyBinding([.tab, .down], .edit, Phrase(en: "next field", fr: "champ suivant"), hint: Phrase(en: "Tab/↓ next field", fr: "Tab/↓ suivant")),
        KeyBinding([.backTab, .up], .edit, Phrase(en: "previous field", fr: "champ précédent"),
                   hint: Phrase(en: "Shift-Tab/↑ previous", fr: "Maj-Tab/↑ précédent"), hintShown: { !$0.formFocusIsMultiline }),
        KeyBinding([.enter], .edit, Phrase(en: "save (in a note: a new line)", fr: "enregistrer (dans une note : nouvelle ligne)"),
                   hint: Phrase(en: "Enter save", fr: "Entrée enregistre"), hintShown: { !$0.formFocusIsMultiline }),
        KeyBinding([], .edit, nil, hint: Phrase(en: "Enter new line", fr: "Entrée nouvelle ligne"), hintShown: { $0.formFocusIsMultiline }),
        KeyBinding([.control("s")], .save, Phrase(en: "save", fr: "enregistrer"), hint: Phrase(en: "Ctrl-S save", fr: "Ctrl-S enregistre"),
                   hintShown: { $0.formFocusIsMultiline }),
        KeyBinding([.escape], .cancel, Phrase(en: "cancel: nothing is saved", fr: "annuler : rien n'est enregistré"), hint: cancelHint),
        KeyBinding([.left, .right, .home, .end, .control("a"), .control("e")], .edit,
                   Phrase(en: "move in the text; ← → choose a value", fr: "aller dans le texte ; ← → choisir une valeur"),
                   label: Phrase(en: "← → Home End Ctrl-A/E", fr: "← → Début Fin Ctrl-A/E")),
        KeyBinding([], .edit, Phrase(en: "take the partner suggested", fr: "prendre le partenaire suggéré"),
                   label: Phrase(en: "→ at the end", fr: "→ en fin de texte")),
        KeyBinding([.backspace, .delete, .control("u"), .control("k"), .control("w")], .edit,
                   Phrase(en: "erase: a character, to start or end, a word", fr: "effacer : un caractère, jusqu'au début ou à la fin, un mot"),
                   label: Phrase(en: "Bksp Del Ctrl-U/K/W", fr: "RetArr Suppr Ctrl-U/K/W")),
        KeyBinding([.function(1), .control("g")], .help, thisHelp, hint: f1HelpHint),
        KeyBinding([.control("n")], .newPartner,
                   Phrase(en: "partner field: add the one typed", fr: "champ partenaire : ajouter celui tapé"),
                   hint: Phrase(en: "Ctrl-N new partner", fr: "Ctrl-N nouveau partenaire"), hintShown: { $0.formFocusTakesPartners }),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("c")], .quit, Phrase(en: "quit Accord (nothing is saved)", fr: "quitter Accord (rien n'est enregistré)")),
    ])

    /// A confirmation dialog. `o` (oui) answers yes as `y` does.
    public static let confirm = BindingTable<ConfirmCommand>([
        KeyBinding([.left, .right, .tab, .backTab, .character("h"), .character("l")], .switchButton,
                   Phrase(en: "move between the buttons", fr: "passer d'un bouton à l'autre"), hint: Phrase(en: "← → choose", fr: "← → choisit")),
        KeyBinding([.enter, .character(" ")], .press, Phrase(en: "press the highlighted button", fr: "presser le bouton en surbrillance"),
                   hint: Phrase(en: "Enter press", fr: "Entrée valide")),
        KeyBinding([.character("y"), .character("o")], .confirm, Phrase(en: "yes: press the confirm button", fr: "oui : presser le bouton de confirmation"),
                   hint: Phrase(en: "y yes", fr: "o oui")),
        KeyBinding([.escape, .character("q"), .character("n")], .cancel, Phrase(en: "no: cancel", fr: "non : annuler"), hint: cancelHint),
        KeyBinding([.character("?"), .function(1)], .help, thisHelp),
        KeyBinding([.control("l")], .redraw, redraw),
        KeyBinding([.control("c")], .quit, quitAccord),
    ])
}
