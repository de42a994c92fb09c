package org.campaignmodel.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;

/**
 * The property names of the format, numbered: the names of the document's version, a union's type
 * and a fuzzy date's parts first, then every property name of the model in alphabetical order.
 * Writers name properties by these numbers, so that each binding can keep them encoded its own way.
 */
final class Names {
    /** The names with a fixed number, which the hand-written codec uses. */
    static final List<String> FIXED = List.of("schemaVersion", "type", "edtf", "phrase", "schoolYear");

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> constants = new LinkedHashMap<>();

    Names(ModelTypes types) {
        TreeSet<String> all = new TreeSet<>();
        for (ModelType model : types.models.values()) {
            for (Property property : model.properties) {
                all.add(property.name);
            }
        }
        List<String> ordered = new ArrayList<>(FIXED);
        all.stream().filter(n -> !FIXED.contains(n)).forEach(ordered::add);
        for (String name : ordered) {
            numbers.put(name, numbers.size());
            String constant = toConstant(name);
            if (constants.containsValue(constant)) {
                throw new IllegalStateException("Two property names give the constant " + constant);
            }
            constants.put(name, constant);
        }
    }

    /** {@return the Java constant that holds a name's number} */
    String constant(String name) {
        String constant = constants.get(name);
        if (constant == null) {
            throw new IllegalStateException("No number for the name " + name);
        }
        return constant;
    }

    /** Appends the constants and the table of names. */
    void declare(StringBuilder out) {
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            out.append("    /** The number of {@code \"").append(e.getKey()).append("\"}. */\n");
            out.append("    public static final int ")
                    .append(constants.get(e.getKey()))
                    .append(" = ")
                    .append(e.getValue())
                    .append(";\n");
        }
        out.append("\n    /** The names by number. */\n");
        out.append("    public static final String[] NAMES = {\n");
        for (String name : numbers.keySet()) {
            out.append("        \"").append(name).append("\",\n");
        }
        out.append("    };\n");
    }

    private static String toConstant(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** {@return the Java method name for a type: its simple name with a lower-case first letter} */
    static String method(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@return a name with an upper-case first letter} */
    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
