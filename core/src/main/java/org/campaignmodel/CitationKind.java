package org.campaignmodel;

import java.util.Set;

/** What sort of source a citation points to. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class CitationKind extends Code {
    private static final CodeList<CitationKind> CODES = new CodeList<>("CitationKind", CitationKind::new);

    /** A report by an organization. */
    public static final CitationKind REPORT = CODES.known("report");

    /** A study or survey. */
    public static final CitationKind STUDY = CODES.known("study");

    /** An interview. */
    public static final CitationKind INTERVIEW = CODES.known("interview");

    /** A news story. */
    public static final CitationKind NEWS = CODES.known("news");

    /** A resolution of a board or council. */
    public static final CitationKind RESOLUTION = CODES.known("resolution");

    /** A bill or law. */
    public static final CitationKind LEGISLATION = CODES.known("legislation");

    /** A data set. */
    public static final CitationKind DATASET = CODES.known("dataset");

    /** Any other document. */
    public static final CitationKind DOCUMENT = CODES.known("document");

    private CitationKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code report}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static CitationKind of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<CitationKind> knownValues() {
        return CODES.values();
    }
}
