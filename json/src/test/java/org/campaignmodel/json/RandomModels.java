package org.campaignmodel.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Random model objects for the seeded round-trip tests: every property of every type, filled with
 * awkward values (escapes, astral characters, long decimals, every kind of fuzzy date, unknown codes,
 * nested extension JSON). Values the builders refuse are drawn again.
 */
public final class RandomModels {
    // Only the JDK's own zones: ical4j, used by other tests in the same JVM, registers zones of its
    // own ("ical4j-local-7"), whose rules it does not hand out again.
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> !id.startsWith("ical4j"))
            .sorted()
            .toList();
    private static final List<String> DATES = List.of(
            "1948",
            "2023-06",
            "2023-12-07",
            "../2014",
            "/2014",
            "1985-04-12/..",
            "1964/2008",
            "196X",
            "19XX",
            "2001-21",
            "2001-24~",
            "1990~",
            "1984?",
            "2004-06-11%",
            "2004-XX",
            "1985-04-XX",
            "-0044",
            "2023-12-07T10:30:00Z",
            "2023-12-07T10:30:00-08:00",
            "1984~/2004-06");
    private static final String[] WORDS = {
        "school",
        "police",
        "counselors",
        "\"quoted\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "é",
        "中文",
        "😀",
        "${1+1}",
        "<b>html</b>",
        " ",
        "\u0000",
        "\u202E",
        "a/b",
        "~0"
    };
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final ModelTypes types = ModelTypes.discover();
    private final Random random;

    public RandomModels(long seed) {
        this.random = new Random(seed);
    }

    public Object any(Class<?> type) {
        return model(java.util.Objects.requireNonNull(types.models.get(type)), 0);
    }

    // parties made so far, by type: one in three is drawn again, so that documents have parties that
    // appear more than once (written once with references), and some ids name two different parties
    private final Map<Class<?>, List<Object>> parties = new java.util.HashMap<>();

    private Object model(ModelType model, int depth) {
        if (!ModelTypes.PARTIES.containsKey(model.type)) {
            return made(model, depth);
        }
        List<Object> pool = parties.computeIfAbsent(model.type, t -> new ArrayList<>());
        if (!pool.isEmpty() && random.nextInt(3) == 0) {
            return pool.get(random.nextInt(pool.size()));
        }
        Object party = made(model, depth);
        pool.add(party);
        return party;
    }

    private Object made(ModelType model, int depth) {
        for (int attempt = 0; ; attempt++) {
            Object builder = model.newBuilder();
            for (Property property : model.properties) {
                boolean fill = property.required || (depth < 4 && random.nextInt(3) > 0);
                if (!fill) {
                    continue;
                }
                Object value = switch (property.shape) {
                    case PLAIN, OPTIONAL -> value(property.value, depth + 1);
                    case LIST -> {
                        List<Object> items = new ArrayList<>();
                        int n = depth < 3 ? random.nextInt(3) : 0;
                        for (int i = 0; i < n; i++) {
                            items.add(value(property.value, depth + 1));
                        }
                        yield items;
                    }
                    case MAP -> extensions();
                };
                property.set(builder, value);
            }
            try {
                return model.build(builder);
            } catch (IllegalStateException | IllegalArgumentException refused) {
                if (attempt > 200) {
                    throw refused;
                }
            }
        }
    }

    private Object value(ValueType type, int depth) {
        return switch (type.kind) {
            case STRING -> string();
            case INT -> random.nextBoolean() ? random.nextInt(10) : random.nextInt();
            case BOOLEAN -> random.nextBoolean();
            case DECIMAL ->
                new BigDecimal(new BigInteger(random.nextInt(90) + 1, random), random.nextInt(20) - 5)
                        .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
            case LOCAL_DATE_TIME ->
                LocalDateTime.of(
                        1900 + random.nextInt(200),
                        1 + random.nextInt(12),
                        1 + random.nextInt(28),
                        random.nextInt(24),
                        random.nextInt(60),
                        random.nextInt(60),
                        random.nextInt(4) == 0 ? random.nextInt(1000) * 1_000_000 : 0);
            case ZONE -> ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            case FUZZY_DATE -> fuzzyDate();
            case CODE -> code(type.type);
            case ENUM -> {
                Object[] constants = type.type.getEnumConstants();
                yield constants[random.nextInt(constants.length)];
            }
            case MODEL -> model(java.util.Objects.requireNonNull(types.models.get(type.type)), depth);
            case UNION -> {
                List<ModelType> members = new ArrayList<>(java.util.Objects.requireNonNull(types.unions.get(type.type))
                        .byName
                        .values());
                yield model(members.get(random.nextInt(members.size())), depth);
            }
        };
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private FuzzyDate fuzzyDate() {
        if (random.nextInt(15) == 0) {
            return FuzzyDate.schoolYear(1990 + random.nextInt(40));
        }
        if (random.nextInt(10) == 0) {
            return FuzzyDate.relative(random.nextBoolean() ? "later" : "afterwards");
        }
        FuzzyDate date = FuzzyDate.parse(DATES.get(random.nextInt(DATES.size())));
        // a phrase is one line of visible text: the hostile words lose what hides or breaks a line
        String words = string().replaceAll("[\\p{Cc}\\u2028-\\u202E\\u2066-\\u2069]", "");
        return random.nextBoolean() ? date.withPhrase("By then, " + words.strip() + ".") : date;
    }

    private Object code(Class<?> type) {
        try {
            String value = random.nextBoolean() ? "invented_code_" + random.nextInt(100) : null;
            if (value == null) {
                @SuppressWarnings("unchecked")
                java.util.Set<? extends Code> known = (java.util.Set<? extends Code>)
                        type.getMethod("knownValues").invoke(null);
                List<? extends Code> list = new ArrayList<>(known);
                return list.get(random.nextInt(list.size()));
            }
            return type.getMethod("of", String.class).invoke(null, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> extensions() {
        Map<String, String> map = new TreeMap<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
                json(g, 0);
            }
            map.put("org.example.app" + i, out.toString());
        }
        return map;
    }

    /** Writes a random JSON value, compactly, as the codec keeps it. */
    private void json(JsonGenerator g, int depth) {
        switch (depth > 3 ? random.nextInt(5) : random.nextInt(7)) {
            case 0 -> g.writeString(string());
            case 1 -> g.writeNumber(random.nextInt());
            case 2 -> g.writeNumber(new BigDecimal(BigInteger.valueOf(random.nextLong()), 1 + random.nextInt(6)));
            case 3 -> g.writeBoolean(random.nextBoolean());
            case 4 -> g.writeNull();
            case 5 -> {
                g.writeStartArray();
                for (int i = random.nextInt(3); i > 0; i--) {
                    json(g, depth + 1);
                }
                g.writeEndArray();
            }
            default -> {
                g.writeStartObject();
                for (int i = random.nextInt(3); i > 0; i--) {
                    g.writeName("k" + i);
                    json(g, depth + 1);
                }
                g.writeEndObject();
            }
        }
    }
}
