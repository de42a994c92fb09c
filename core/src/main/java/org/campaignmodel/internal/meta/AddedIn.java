package org.campaignmodel.internal.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that a minor version of the wire format added after 1.0. Why: a document that
 * uses none of them stays a 1.0 document, which 1.0 readers read; the writer, the reader's version
 * check and the schema generator all learn from this one mark which version a property needs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AddedIn {
    /**
     * The format version that added the property.
     *
     * @return a version such as {@code "1.1"}
     */
    String value();
}
