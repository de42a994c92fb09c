package org.campaignmodel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/** The known members of one open code list, and the factory for codes it does not know. */
final class CodeList<T extends Code> {
    private final String name;
    private final BiFunction<String, Boolean, T> factory;
    private final Map<String, T> known = new LinkedHashMap<>();

    CodeList(String name, BiFunction<String, Boolean, T> factory) {
        this.name = name;
        this.factory = factory;
    }

    T known(String value) {
        T code = factory.apply(value, true);
        known.put(value, code);
        return code;
    }

    T of(String value) {
        Objects.requireNonNull(value, name);
        T code = known.get(value);
        return code != null ? code : factory.apply(Code.check(value, name), false);
    }

    Set<T> values() {
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(known.values()));
    }
}
