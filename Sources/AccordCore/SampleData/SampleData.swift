/// The five seed agreements, embedded in the binary.
public enum SampleData {
    /// The file name the sample data is reported under.
    public static let fileName = "sample-data/agreements.yaml"

    /// The parsed sample data.
    public static func document() throws(ImportError) -> ImportDocument {
        try ImportDocument(text: yaml, file: fileName)
    }

    /// The change that loads the sample data into `state`.
    public static func change(for state: AccordState) throws(ImportError) -> Change {
        try document().change(for: state, label: ChangeLabel(.loadedSamples))
    }
}
