package org.campaignmodel;

import java.util.Set;

/** What a call to action asks the reader to do. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class ActionKind extends Code {
    private static final CodeList<ActionKind> CODES = new CodeList<>("ActionKind", ActionKind::new);

    /** Back a bill and ask legislators to do the same. */
    public static final ActionKind SUPPORT_BILL = CODES.known("support_bill");

    /** Call, write to or meet a decision-maker. */
    public static final ActionKind CONTACT_DECISION_MAKER = CODES.known("contact_decision_maker");

    /** Sign a petition or letter. */
    public static final ActionKind SIGN = CODES.known("sign");

    /** Sign up for an event. */
    public static final ActionKind REGISTER = CODES.known("register");

    /** Come to an event. */
    public static final ActionKind ATTEND = CODES.known("attend");

    /** Give money. */
    public static final ActionKind DONATE = CODES.known("donate");

    /** Give time. */
    public static final ActionKind VOLUNTEER = CODES.known("volunteer");

    /** Pass the message on. */
    public static final ActionKind SHARE = CODES.known("share");

    /** Read or download a document. */
    public static final ActionKind READ = CODES.known("read");

    private ActionKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code support_bill}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static ActionKind of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<ActionKind> knownValues() {
        return CODES.values();
    }
}
