package org.campaignmodel.format;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A property of a newer minor version of the format that a tolerant reading did not know and kept:
 * where it stood and its JSON exactly as written, so that it can be written back. Immutable.
 */
public final class UnknownProperty {
    private final String pointer;
    private final String parentPointer;
    private final String name;
    private final String json;

    private UnknownProperty(String pointer, String parentPointer, String name, String json) {
        this.pointer = pointer;
        this.parentPointer = parentPointer;
        this.name = name;
        this.json = json;
    }

    /**
     * Describes a kept property.
     *
     * @param pointer its JSON Pointer, such as {@code /demands/0/budgetLine}
     * @param parentPointer the pointer of the object it stands in, such as {@code /demands/0}
     * @param name its name
     * @param json its value as JSON text
     * @return the property
     */
    public static UnknownProperty of(String pointer, String parentPointer, String name, String json) {
        return new UnknownProperty(
                Objects.requireNonNull(pointer, "pointer"),
                Objects.requireNonNull(parentPointer, "parentPointer"),
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(json, "json"));
    }

    /** {@return the property's JSON Pointer in the document, such as {@code /demands/0/budgetLine}} */
    public String getPointer() {
        return pointer;
    }

    /** {@return the JSON Pointer of the object it stands in; empty for the document itself} */
    public String getParentPointer() {
        return parentPointer;
    }

    /** {@return the property's name} */
    public String getName() {
        return name;
    }

    /** {@return the property's value, as the JSON text the document held, numbers as written} */
    public String getJson() {
        return json;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UnknownProperty other
                && other.pointer.equals(pointer)
                && other.parentPointer.equals(parentPointer)
                && other.name.equals(name)
                && other.json.equals(json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer, parentPointer, name, json);
    }

    /** {@return the pointer and the JSON, for messages} */
    @Override
    public String toString() {
        return pointer + " = " + json;
    }
}
