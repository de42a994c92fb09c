package org.campaignmodel;

import java.util.Set;

/** What a related-story link leads to. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class StoryKind extends Code {
    private static final CodeList<StoryKind> CODES = new CodeList<>("StoryKind", StoryKind::new);

    /** An article. */
    public static final StoryKind ARTICLE = CODES.known("article");

    /** An event page. */
    public static final StoryKind EVENT = CODES.known("event");

    /** A page asking the reader to act. */
    public static final StoryKind CALL_TO_ACTION = CODES.known("call_to_action");

    /** A report or its write-up. */
    public static final StoryKind REPORT = CODES.known("report");

    private StoryKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code article}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static StoryKind of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<StoryKind> knownValues() {
        return CODES.values();
    }
}
