package org.campaignmodel.internal.meta;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.campaignmodel.Actor;
import org.campaignmodel.Article;
import org.campaignmodel.Block;
import org.campaignmodel.Campaign;
import org.campaignmodel.Code;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.DemandReference;
import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Heading;
import org.campaignmodel.Image;
import org.campaignmodel.ItemList;
import org.campaignmodel.Organization;
import org.campaignmodel.Paragraph;
import org.campaignmodel.Person;
import org.campaignmodel.Quote;
import org.campaignmodel.StatisticReference;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.jspecify.annotations.Nullable;

/**
 * What every binding and generator knows about the model, found once by reflection over the public
 * API: each value type's properties (its JavaBeans getters that have a builder method of the same
 * name) in writing order, and the closed sets of subtypes with their wire names. Not API: exported
 * only to the bindings, so that the format's names and order live in one place.
 */
public final class ModelTypes {
    /** The documents that stand on their own and carry a schema version. */
    public static final List<Class<?>> TOP_LEVEL =
            List.of(Article.class, Campaign.class, Event.class, Timeline.class, StoryList.class);

    /**
     * The parties a document may define once, in its {@code parties} (format 1.1), and refer to by
     * id wherever one of them stands: each type with the name of its list there, in the order the
     * lists are read, so that a later kind may refer to an earlier one (a person's affiliation, a
     * decision-maker's organization).
     */
    public static final Map<Class<?>, String> PARTIES = orderedClassMap(
            Organization.class, "organizations", Person.class, "people", DecisionMaker.class, "decisionMakers");

    /** The document property that holds the parties defined once (format 1.1). */
    public static final String PARTIES_PROPERTY = "parties";

    /** The property of a reference to a party defined in the document's {@code parties} (format 1.1). */
    public static final String REFERENCE_PROPERTY = "ref";

    /** The property of a fuzzy date that marks it as a school year (format 1.1). */
    public static final String SCHOOL_YEAR_PROPERTY = "schoolYear";

    /** The minor version that added school years to fuzzy dates. */
    public static final int SCHOOL_YEAR_MINOR = 1;

    /** The minor version that added references to parties. */
    public static final int REFERENCES_MINOR = 1;

    /**
     * Tells whether a reference to a party may stand where a type does: a party's type, or a union of
     * nothing but parties (an actor).
     *
     * @param type a model type or union
     * @return true for Organization, Person, DecisionMaker and Actor
     */
    public static boolean standsForParty(Class<?> type) {
        if (PARTIES.containsKey(type)) {
            return true;
        }
        Map<String, Class<?>> members = UNIONS.get(type);
        return members != null && PARTIES.keySet().containsAll(members.values());
    }

    private static Map<Class<?>, String> orderedClassMap(Object... pairs) {
        Map<Class<?>, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Class<?>) pairs[i], (String) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Wire names of the closed unions, fixed here so that renaming a Java type cannot change the format. */
    public static final Map<Class<?>, Map<String, Class<?>>> UNIONS = Map.of(
            Block.class,
            orderedMap(
                    "paragraph", Paragraph.class,
                    "heading", Heading.class,
                    "list", ItemList.class,
                    "quote", Quote.class,
                    "image", Image.class,
                    "statistic", StatisticReference.class,
                    "demand", DemandReference.class),
            Actor.class,
            orderedMap("person", Person.class, "organization", Organization.class));

    private static Map<String, Class<?>> orderedMap(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** How a property holds its value. */
    public enum Shape {
        /** A required value. */
        PLAIN,
        /** An {@code Optional}: absent from the document when empty. */
        OPTIONAL,
        /** A {@code List}: absent from the document when empty. */
        LIST,
        /** The extensions {@code Map}: namespace to JSON text. */
        MAP
    }

    /** What kind of value one JSON value stands for. */
    public enum Kind {
        /** A string. */
        STRING,
        /** A whole number. */
        INT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A {@code BigDecimal}, written with every digit. */
        DECIMAL,
        /** A local date-time, written as ISO 8601 text. */
        LOCAL_DATE_TIME,
        /** An IANA time zone id. */
        ZONE,
        /** A {@code FuzzyDate}, written as an object. */
        FUZZY_DATE,
        /** A value of an open code list, written as its text. */
        CODE,
        /** A constant of a closed set, written in lower case. */
        ENUM,
        /** A value type with a builder, written as an object. */
        MODEL,
        /** A closed union, written as an object with a {@code type}. */
        UNION
    }

    /** One JSON value's type: a kind, and for codes, enums, models and unions the Java type. */
    public static final class ValueType {
        /** What kind of value it is. */
        public final Kind kind;
        /** The Java type. */
        public final Class<?> type;
        /** For a code list, its static {@code of(String)} factory; otherwise null. */
        public final @Nullable MethodHandle codeFactory;
        /** For an enum, the constants by wire name in declaration order; otherwise empty. */
        public final Map<String, Object> enumValues;

        ValueType(Kind kind, Class<?> type) {
            this.kind = kind;
            this.type = type;
            this.codeFactory = kind == Kind.CODE ? codeFactory(type) : null;
            Map<String, Object> values = new LinkedHashMap<>();
            if (kind == Kind.ENUM) {
                for (Object constant : type.getEnumConstants()) {
                    values.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
                }
            }
            this.enumValues = Collections.unmodifiableMap(values);
        }

        private static MethodHandle codeFactory(Class<?> type) {
            try {
                return MethodHandles.publicLookup()
                        .findStatic(type, "of", MethodType.methodType(type, String.class))
                        .asType(MethodType.methodType(Object.class, String.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Code list " + type.getName() + " has no of(String)", e);
            }
        }
    }

    /** One property of a value type. */
    public static final class Property {
        /** The property's name on the wire. */
        public final String name;
        /** How it holds its value. */
        public final Shape shape;
        /** The type of its value, or of each element of a list. */
        public final ValueType value;
        /** Whether a document must have it. */
        public final boolean required;
        /** Its position in writing order, from 0. */
        public final int index;
        /** The public getter, for tools that describe the format (the schema and writer generators). */
        public final Method method;
        /** The minor format version that added it: 0 for 1.0, 1 for 1.1 (see {@link AddedIn}). */
        public final int minor;

        private final Method setterMethod;
        // made on first use: the generated readers and writers need none, and making them all at
        // start-up costs a command-line run tens of milliseconds
        private @Nullable BiFunction<Object, Object, Object> setter;

        Property(String name, Shape shape, ValueType value, boolean required, int index, Method method, Method setter) {
            this.name = name;
            this.shape = shape;
            this.value = value;
            this.required = required;
            this.index = index;
            this.method = method;
            this.setterMethod = setter;
            this.minor = minorOf(method);
        }

        /**
         * Sets this property on a builder of its type.
         *
         * @param builder the builder
         * @param value the value, of the builder method's parameter type
         */
        public void set(Object builder, Object value) {
            BiFunction<Object, Object, Object> set = setter;
            if (set == null) {
                set = lazily(() -> biFunction(setterMethod));
                setter = set; // a race makes the same function twice, which is harmless
            }
            Object unused = set.apply(builder, value); // builders return themselves
        }
    }

    /** The newest minor version of format 1 that this library knows: 1 for 1.1. */
    public static final int NEWEST_MINOR = 1;

    private static int minorOf(Method getter) {
        AddedIn added = getter.getAnnotation(AddedIn.class);
        if (added == null) {
            return 0;
        }
        String version = added.value();
        if (!version.startsWith("1.")) {
            throw new IllegalStateException(getter + " says it was added in " + version + ", not a 1.x version");
        }
        int minor = Integer.parseInt(version.substring(2));
        if (minor < 1 || minor > NEWEST_MINOR) {
            throw new IllegalStateException(getter + " says it was added in " + version
                    + ", which this library does not know (newest: 1." + NEWEST_MINOR + ")");
        }
        return minor;
    }

    /** A value type with a builder: its properties in writing order, and by name for reading. */
    public static final class ModelType {
        /** The value type. */
        public final Class<?> type;
        /** Its simple name. */
        public final String name;
        /** Whether it is a document that stands on its own and carries a schema version. */
        public final boolean topLevel;
        /** Its properties in writing order. */
        public final List<Property> properties = new ArrayList<>();
        /** Its properties by wire name. */
        public final Map<String, Property> byName = new LinkedHashMap<>();

        private final Method builderMethod;
        private final Method buildMethod;
        private @Nullable Supplier<Object> newBuilder;
        private @Nullable Function<Object, Object> build;

        ModelType(Class<?> type, Method builderMethod, Method buildMethod) {
            this.type = type;
            this.name = type.getSimpleName();
            this.topLevel = TOP_LEVEL.contains(type);
            this.builderMethod = builderMethod;
            this.buildMethod = buildMethod;
        }

        /** {@return a new, empty builder of this type} */
        public Object newBuilder() {
            Supplier<Object> make = newBuilder;
            if (make == null) {
                make = lazily(() -> supplier(builderMethod));
                newBuilder = make;
            }
            return make.get();
        }

        /**
         * Builds the value; the builder's own checks throw {@link IllegalStateException}.
         *
         * @param builder a builder from {@link #newBuilder()}
         * @return the value
         */
        public Object build(Object builder) {
            Function<Object, Object> make = build;
            if (make == null) {
                make = lazily(() -> function(buildMethod));
                build = make;
            }
            return make.apply(builder);
        }
    }

    /** A closed union: subtypes by wire name, and wire names by subtype. */
    public static final class UnionType {
        /** The union's Java type. */
        public final Class<?> type;
        /** Its members by wire name. */
        public final Map<String, ModelType> byName = new LinkedHashMap<>();
        /** The wire names by member type. */
        public final Map<Class<?>, String> names = new LinkedHashMap<>();

        UnionType(Class<?> type) {
            this.type = type;
        }

        /**
         * Finds the wire name of a value, whose class is a generated implementation of a subtype.
         *
         * @param value a value of the union
         * @return its wire name, or null if no member matches
         */
        @Nullable
        public String nameOf(Object value) {
            for (Map.Entry<Class<?>, String> e : names.entrySet()) {
                if (e.getKey().isInstance(value)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** The value types with a builder, by Java type. */
    public final Map<Class<?>, ModelType> models = new LinkedHashMap<>();
    /** The closed unions, by Java type. */
    public final Map<Class<?>, UnionType> unions = new LinkedHashMap<>();

    private final Map<Class<?>, ValueType> values = new LinkedHashMap<>();

    private ModelTypes() {}

    /**
     * Discovers every value type reachable from the top-level documents.
     *
     * @return the model's description
     */
    public static ModelTypes discover() {
        ModelTypes types = new ModelTypes();
        for (Class<?> root : TOP_LEVEL) {
            types.valueType(root);
        }
        return types;
    }

    /**
     * Describes a Java type as a JSON value, discovering the value types it reaches.
     *
     * @param type a type the model uses
     * @return its description
     * @throws IllegalStateException if the model uses it and the format has no form for it
     */
    public ValueType valueType(Class<?> type) {
        ValueType known = values.get(type);
        if (known != null) {
            return known;
        }
        ValueType created;
        if (type == String.class) {
            created = new ValueType(Kind.STRING, type);
        } else if (type == int.class || type == Integer.class) {
            created = new ValueType(Kind.INT, type);
        } else if (type == boolean.class || type == Boolean.class) {
            created = new ValueType(Kind.BOOLEAN, type);
        } else if (type == BigDecimal.class) {
            created = new ValueType(Kind.DECIMAL, type);
        } else if (type == LocalDateTime.class) {
            created = new ValueType(Kind.LOCAL_DATE_TIME, type);
        } else if (type == ZoneId.class) {
            created = new ValueType(Kind.ZONE, type);
        } else if (type == FuzzyDate.class) {
            created = new ValueType(Kind.FUZZY_DATE, type);
        } else if (Code.class.isAssignableFrom(type)) {
            created = new ValueType(Kind.CODE, type);
        } else if (type.isEnum()) {
            created = new ValueType(Kind.ENUM, type);
        } else if (UNIONS.containsKey(type)) {
            created = new ValueType(Kind.UNION, type);
            values.put(type, created);
            UnionType union = new UnionType(type);
            unions.put(type, union);
            UNIONS.get(type).forEach((name, member) -> {
                valueType(member);
                union.byName.put(name, models.get(member));
                union.names.put(member, name);
            });
            return created;
        } else if (type.isInterface() && type.getPackage() == Article.class.getPackage()) {
            created = new ValueType(Kind.MODEL, type);
            values.put(type, created);
            describe(type);
            return created;
        } else {
            throw new IllegalStateException("No JSON form for " + type.getName());
        }
        values.put(type, created);
        return created;
    }

    private void describe(Class<?> type) {
        try {
            Method builderMethod = type.getMethod("builder");
            Class<?> builderType = builderMethod.getReturnType();
            ModelType model = new ModelType(type, builderMethod, builderType.getMethod("build"));
            models.put(type, model);

            List<Method> getters = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && propertyName(m) != null) {
                    getters.add(m);
                }
            }
            getters.sort(Comparator.comparing(ModelTypes::writingOrder));
            for (Method getter : getters) {
                String name = propertyName(getter);
                if (name == null || model.byName.containsKey(name)) {
                    continue;
                }
                Type generic = getter.getGenericReturnType();
                Shape shape = shape(getter.getReturnType());
                Class<?> element = shape == Shape.PLAIN ? getter.getReturnType() : typeArgument(generic, shape);
                Class<?> parameter = switch (shape) {
                    case PLAIN -> getter.getReturnType();
                    case OPTIONAL -> element;
                    case LIST -> Iterable.class;
                    case MAP -> Map.class;
                };
                Method setter = setter(builderType, name, parameter);
                if (setter == null) {
                    if (getter.isDefault()) {
                        continue; // a derived value such as Disparity.getRatio(): computed, not stored
                    }
                    // a stored value the format cannot set would be dropped from every document
                    throw new IllegalStateException(type.getSimpleName() + "." + name + " has no builder method " + name
                            + "(" + parameter.getSimpleName() + ")");
                }
                ValueType value = shape == Shape.MAP ? valueType(String.class) : valueType(element);
                boolean required = shape == Shape.PLAIN && !getter.isDefault();
                Property property = new Property(name, shape, value, required, model.properties.size(), getter, setter);
                if (property.required && property.minor > 0) {
                    // a minor version only adds what a document may leave out (the README's policy)
                    throw new IllegalStateException(getter + " is required but added in a minor version");
                }
                model.properties.add(property);
                model.byName.put(name, property);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot describe " + type.getName() + " for JSON", e);
        }
    }

    /** The builder method that sets a property, taking a boxed element unboxed as Immutables does. */
    private static @Nullable Method setter(Class<?> builderType, String name, Class<?> parameter) {
        Class<?> unboxed = parameter == Integer.class ? int.class : parameter == Boolean.class ? boolean.class : null;
        for (Class<?> candidate : unboxed == null ? List.of(parameter) : List.of(parameter, unboxed)) {
            try {
                return builderType.getMethod(name, candidate);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Something reflective that the description found possible, made when first needed. */
    private interface Reflective<T> {
        T make() throws ReflectiveOperationException;
    }

    private static <T> T lazily(Reflective<T> reflective) {
        try {
            return reflective.make();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the builder: " + e.getMessage(), e);
        }
    }

    // Plain functions made by LambdaMetafactory: the JIT calls them like hand-written code, where
    // calls through a MethodHandle held in a field stay slow.
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    @SuppressWarnings("unchecked")
    private static Supplier<Object> supplier(Method m) throws ReflectiveOperationException {
        MethodHandle target = LOOKUP.unreflect(m);
        try {
            return (Supplier<Object>) LambdaMetafactory.metafactory(
                            LOOKUP,
                            "get",
                            MethodType.methodType(Supplier.class),
                            MethodType.methodType(Object.class),
                            target,
                            target.type())
                    .getTarget()
                    .invoke();
        } catch (Throwable e) {
            throw new ReflectiveOperationException("Cannot call " + m, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Method m) throws ReflectiveOperationException {
        MethodHandle target = LOOKUP.unreflect(m);
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(
                            LOOKUP,
                            "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class),
                            target,
                            target.type()
                                    .wrap()
                                    .changeReturnType(Object.class)
                                    .changeParameterType(0, m.getDeclaringClass()))
                    .getTarget()
                    .invoke();
        } catch (Throwable e) {
            throw new ReflectiveOperationException("Cannot call " + m, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Object, Object, Object> biFunction(Method m) throws ReflectiveOperationException {
        MethodHandle target = LOOKUP.unreflect(m);
        try {
            return (BiFunction<Object, Object, Object>) LambdaMetafactory.metafactory(
                            LOOKUP,
                            "apply",
                            MethodType.methodType(BiFunction.class),
                            MethodType.methodType(Object.class, Object.class, Object.class),
                            target,
                            target.type().wrap().changeReturnType(Object.class))
                    .getTarget()
                    .invoke();
        } catch (Throwable e) {
            throw new ReflectiveOperationException("Cannot call " + m, e);
        }
    }

    /** Writing order: id first, extensions last, the rest by name. */
    private static String writingOrder(Method getter) {
        String name = propertyName(getter);
        if ("id".equals(name)) {
            return "0";
        }
        return "extensions".equals(name) ? "2" : "1" + name;
    }

    /**
     * Derives a property name from a getter's name.
     *
     * @param m a method
     * @return the property name, or null if it is not a getter
     */
    public static @Nullable String propertyName(Method m) {
        String n = m.getName();
        int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
        if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
    }

    private static Shape shape(Class<?> raw) {
        if (raw == Optional.class) {
            return Shape.OPTIONAL;
        }
        if (raw == List.class) {
            return Shape.LIST;
        }
        return raw == Map.class ? Shape.MAP : Shape.PLAIN;
    }

    private static Class<?> typeArgument(Type generic, Shape shape) {
        Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
        Type arg = args[shape == Shape.MAP ? 1 : 0];
        if (arg instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return (Class<?>) arg;
    }
}
