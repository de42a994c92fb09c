package org.campaignmodel.format.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.campaignmodel.Actor;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.internal.meta.ModelTypes;
import org.jspecify.annotations.Nullable;

/**
 * Writing a document with its parties defined once: a first pass finds them, a second writes a
 * reference wherever one of them stands. Both passes go through the generated writers as token
 * writers, so that what is a party and where it stands is said once, by the writers themselves.
 */
final class Parties {
    private Parties() {}

    /** The id of a party, or null for a value that is no party or has no id. */
    static @Nullable String idOf(Object value) {
        if (value instanceof Actor actor) {
            return actor.getId().orElse(null);
        }
        if (value instanceof DecisionMaker decisionMaker) {
            return decisionMaker.getId().orElse(null);
        }
        return null;
    }

    /** {@return the list of the document's parties a party is defined in, such as "organizations"} */
    static String listOf(Object party) {
        Class<?> kind = kindOf(party);
        return kind == null ? "" : java.util.Objects.requireNonNull(ModelTypes.PARTIES.get(kind));
    }

    /** {@return the lists whose parties may stand where a type does, quoted: "organizations" or "people"} */
    static String listsFor(Class<?> type) {
        List<String> lists = new ArrayList<>();
        ModelTypes.PARTIES.forEach((kind, list) -> {
            if (type.isAssignableFrom(kind)) {
                lists.add("\"" + list + "\"");
            }
        });
        return String.join(" / ", lists);
    }

    private static @Nullable Class<?> kindOf(Object value) {
        for (Class<?> kind : ModelTypes.PARTIES.keySet()) {
            if (kind.isInstance(value)) {
                return kind;
            }
        }
        return null;
    }

    /** A first pass that writes nothing: it counts the parties with ids, by id. */
    static final class Counter implements TokenWriter {
        private final Map<String, Object> first = new HashMap<>();
        private final Map<String, Integer> count = new HashMap<>();
        private final Set<String> shared = new HashSet<>();

        @Override
        public void startObject(Object value) {
            String id = idOf(value);
            if (id == null) {
                return;
            }
            Object before = first.putIfAbsent(id, value);
            if (before != null && !before.equals(value)) {
                // two different parties with one id: neither can be referred to without changing one
                shared.add(id);
            }
            count.merge(id, 1, Integer::sum);
        }

        /** {@return the parties to define, by kind in the order of the document's lists, each by id} */
        Map<Class<?>, List<Object>> defined() {
            Map<Class<?>, Map<String, Object>> byKind = new LinkedHashMap<>();
            for (Class<?> kind : ModelTypes.PARTIES.keySet()) {
                byKind.put(kind, new TreeMap<>());
            }
            first.forEach((id, value) -> {
                Class<?> kind = kindOf(value);
                if (kind != null && count.getOrDefault(id, 0) > 1 && !shared.contains(id)) {
                    java.util.Objects.requireNonNull(byKind.get(kind)).put(id, value);
                }
            });
            Map<Class<?>, List<Object>> defined = new LinkedHashMap<>();
            byKind.forEach((kind, values) -> {
                if (!values.isEmpty()) {
                    defined.put(kind, new ArrayList<>(values.values()));
                }
            });
            return defined;
        }

        @Override
        public void endObject() {}

        @Override
        public void startArray() {}

        @Override
        public void endArray() {}

        @Override
        public void name(int name) {}

        @Override
        public void name(String name) {}

        @Override
        public void string(String value) {}

        @Override
        public void number(int value) {}

        @Override
        public void decimal(BigDecimal value) {}

        @Override
        public void numberAsWritten(String text) {}

        @Override
        public void bool(boolean value) {}

        @Override
        public void nullValue() {}

        @Override
        public boolean inRoot() {
            return false;
        }
    }

    /**
     * The second pass: writes to another writer, but a defined party, wherever it stands, becomes an
     * object with its {@code ref} alone, and what the generated writer writes inside it is dropped.
     */
    static final class Referring extends PassingWriter {
        private final Map<Object, String> ids = new HashMap<>();
        private @Nullable Object inFull;
        // how deep inside a party written as a reference the writer is; 0 when it is not
        private int dropping;

        Referring(TokenWriter out, Map<Class<?>, List<Object>> defined) {
            super(out);
            defined.values()
                    .forEach(values -> values.forEach(v -> ids.put(v, java.util.Objects.requireNonNull(idOf(v)))));
        }

        /** Writes the next object, which is this party's definition, in full. */
        void inFull(Object definition) {
            inFull = definition;
        }

        @Override
        public void startObject(Object value) {
            if (dropping > 0) {
                dropping++;
                return;
            }
            out.startObject(value);
            if (value == inFull) {
                inFull = null;
                return;
            }
            String id = value instanceof Actor || value instanceof DecisionMaker ? ids.get(value) : null;
            if (id != null) {
                out.name(ModelTypes.REFERENCE_PROPERTY);
                out.string(id);
                dropping = 1;
            }
        }

        @Override
        public void endObject() {
            if (dropping > 0 && --dropping > 0) {
                return;
            }
            out.endObject();
        }

        @Override
        public void startArray() {
            if (dropping > 0) {
                dropping++;
                return;
            }
            out.startArray();
        }

        @Override
        public void endArray() {
            if (dropping > 0) {
                dropping--;
                return;
            }
            out.endArray();
        }

        @Override
        boolean passValue() {
            return dropping == 0;
        }

        @Override
        boolean passName(String name) {
            return dropping == 0;
        }
    }
}
