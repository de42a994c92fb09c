package org.campaignmodel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.campaignmodel.Campaign;
import org.campaignmodel.internal.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The library's own validation walk over the model, used by {@link CampaignValidator#create()}.
 *
 * <p>Why: a Jakarta Validation provider walks any object graph reflectively and builds path nodes
 * for every value it visits, which made checking a document slower than reading it. The rules
 * themselves do not change: this walk reads them from the provider's metadata (the same annotations,
 * groups and validators), calls getters through generated functions and keeps the path as a stack
 * that becomes text only when a rule fails. What it does not know how to check exactly as the
 * provider would (group sequences, composed constraints, unknown built-in constraints, classes it
 * cannot call into) makes {@link #validate} return empty, and the provider checks that object
 * instead. A differential test holds the two to the same reports.
 */
final class RuleWalk {
    /** One problem found: the rule, its message template, where, and the value shown. */
    record Finding(
            ConstraintDescriptor<?> constraint,
            String template,
            List<Object> steps,
            @Nullable Object value) {}

    /** A map key on a path, written {@code [key]}. */
    record Key(Object key) {}

    /** Thrown, without a stack trace, to give an object over to the provider. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** Stops a walk that has found as many problems as a report holds. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("enough problems", null, false, false);
        }
    }

    private final Validator validator;
    private final ConstraintValidatorFactory validators;
    // Per class, computed once; a ClassValue does not keep an application's classes from unloading.
    private final ClassValue<Object> plans = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                return buildPlan(type);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // anything unexpected: the provider checks this class, and reports what is wrong
                return UNSUPPORTED;
            }
        }
    };

    RuleWalk(Validator validator, ConstraintValidatorFactory validators) {
        this.validator = validator;
        this.validators = validators;
    }

    /**
     * Checks a value against the rules of the groups.
     *
     * @return every finding, or empty if this walk cannot check the value as the provider would
     */
    Optional<List<Finding>> validate(Object root, Class<?>... groups) {
        Groups selected = Groups.of(groups);
        if (selected == null) {
            return Optional.empty();
        }
        Walker walker = new Walker(selected);
        try {
            walker.bean(root);
        } catch (Unsupported e) {
            return Optional.empty();
        } catch (Enough e) {
            // the report says it stopped; the findings so far are kept
        }
        return Optional.of(walker.findings);
    }

    /**
     * Tells whether this walk checks objects of a class itself, rather than handing them to the
     * provider.
     */
    boolean supports(Class<?> type) {
        try {
            plan(type);
            return true;
        } catch (Unsupported e) {
            return false;
        }
    }

    /** The groups asked for, with the groups they extend, as the specification defines. */
    private static final class Groups {
        final Set<Class<?>> all;
        final boolean defaultOnly;

        static final Groups DEFAULT = new Groups(Set.of(Default.class));

        private Groups(Set<Class<?>> all) {
            this.all = all;
            this.defaultOnly = all.size() == 1 && all.contains(Default.class);
        }

        static @Nullable Groups of(Class<?>[] groups) {
            Set<Class<?>> all = new HashSet<>();
            if (groups.length == 0 || (groups.length == 1 && groups[0] == Default.class)) {
                return DEFAULT;
            }
            for (Class<?> group : groups) {
                if (!add(group, all)) {
                    return null;
                }
            }
            return new Groups(all);
        }

        private static boolean add(Class<?> group, Set<Class<?>> all) {
            if (group.isAnnotationPresent(GroupSequence.class)) {
                return false;
            }
            if (all.add(group)) {
                for (Class<?> parent : group.getInterfaces()) {
                    if (!add(parent, all)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** One constraint, ready to run. */
    private static final class Check {
        final ConstraintDescriptor<?> descriptor;
        final String template;
        final boolean classLevel;
        final boolean inDefault;
        final Set<Class<?>> groups;
        final @Nullable Predicate<@Nullable Object> builtIn;
        final @Nullable ConstraintValidator<Annotation, Object> rule;

        Check(
                ConstraintDescriptor<?> descriptor,
                boolean classLevel,
                @Nullable Predicate<@Nullable Object> builtIn,
                @Nullable ConstraintValidator<Annotation, Object> rule) {
            this.descriptor = descriptor;
            this.template = descriptor.getMessageTemplate();
            this.classLevel = classLevel;
            this.groups = Set.copyOf(descriptor.getGroups());
            this.inDefault = groups.contains(Default.class);
            this.builtIn = builtIn;
            this.rule = rule;
        }

        boolean applies(Groups selected) {
            if (selected.defaultOnly) {
                return inDefault;
            }
            for (Class<?> group : groups) {
                if (selected.all.contains(group)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How a property holds the values its element rules and cascading reach. */
    private enum Holder {
        NONE,
        OPTIONAL,
        ITERABLE,
        MAP_VALUES
    }

    /** One constrained or cascaded property. */
    private static final class PropertyPlan {
        final String name;
        final Function<Object, @Nullable Object> getter;
        final List<Check> checks;
        final Holder holder;
        final List<Check> elementChecks;
        final boolean cascade;

        PropertyPlan(
                String name,
                Function<Object, @Nullable Object> getter,
                List<Check> checks,
                Holder holder,
                List<Check> elementChecks,
                boolean cascade) {
            this.name = name;
            this.getter = getter;
            this.checks = checks;
            this.holder = holder;
            this.elementChecks = elementChecks;
            this.cascade = cascade;
        }

        boolean relevant(Groups selected) {
            if (cascade) {
                return true;
            }
            for (Check check : checks) {
                if (check.applies(selected)) {
                    return true;
                }
            }
            for (Check check : elementChecks) {
                if (check.applies(selected)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The rules of one concrete class. */
    private static final class Plan {
        final List<Check> classChecks;
        final List<PropertyPlan> properties;
        // Why views: filtering by group once per class, not per value, keeps the walk to the rules
        // that can fire. Nearly every walk asks for the default group, which gets its own field.
        final View defaultView;
        final Map<Set<Class<?>>, View> views = new ConcurrentHashMap<>();

        Plan(List<Check> classChecks, List<PropertyPlan> properties) {
            this.classChecks = classChecks;
            this.properties = properties;
            this.defaultView = new View(this, Groups.DEFAULT);
        }

        View view(Groups selected) {
            return selected.defaultOnly
                    ? defaultView
                    : views.computeIfAbsent(selected.all, all -> new View(this, selected));
        }
    }

    /** The rules of one class that apply to one selection of groups, as arrays for the walk. */
    private static final class View {
        final Check[] classChecks;
        final PropertyView[] properties;

        View(Plan plan, Groups selected) {
            this.classChecks = applying(plan.classChecks, selected);
            List<PropertyView> relevant = new ArrayList<>();
            for (PropertyPlan property : plan.properties) {
                if (property.relevant(selected)) {
                    relevant.add(new PropertyView(property, selected));
                }
            }
            this.properties = relevant.toArray(new PropertyView[0]);
        }
    }

    /** One property's rules that apply to one selection of groups. */
    private static final class PropertyView {
        final String name;
        final Function<Object, @Nullable Object> getter;
        final Check[] checks;
        final Holder holder;
        final Check[] elementChecks;
        final boolean cascade;
        /** Whether anything below the property's value can fire. */
        final boolean descends;

        PropertyView(PropertyPlan plan, Groups selected) {
            this.name = plan.name;
            this.getter = plan.getter;
            this.checks = applying(plan.checks, selected);
            this.holder = plan.holder;
            this.elementChecks = applying(plan.elementChecks, selected);
            this.cascade = plan.cascade;
            this.descends = cascade || elementChecks.length > 0;
        }
    }

    private static Check[] applying(List<Check> checks, Groups selected) {
        return checks.stream().filter(check -> check.applies(selected)).toArray(Check[]::new);
    }

    private static final Object UNSUPPORTED = new Object();

    private View view(Class<?> type, Groups selected) {
        return plan(type).view(selected);
    }

    private Plan plan(Class<?> type) {
        Object plan = plans.get(type);
        if (plan instanceof Plan known) {
            return known;
        }
        throw new Unsupported(type.getName());
    }

    private Plan buildPlan(Class<?> type) throws ReflectiveOperationException {
        if (type.isAnnotationPresent(GroupSequence.class)) {
            throw new Unsupported("group sequence on " + type.getName());
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (type.getPackage() != MODEL && bean.isBeanConstrained()) {
            // other people's classes may put rules on fields, or rules this walk does not know
            throw new Unsupported("constrained class outside the model: " + type.getName());
        }
        List<Check> classChecks = checks(bean.getConstraintDescriptors(), true);
        List<PropertyPlan> properties = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Method getter = getter(type, property.getPropertyName());
            Class<?> raw = getter.getReturnType();
            Holder holder = raw == Optional.class
                    ? Holder.OPTIONAL
                    : Iterable.class.isAssignableFrom(raw)
                            ? Holder.ITERABLE
                            : Map.class.isAssignableFrom(raw) ? Holder.MAP_VALUES : Holder.NONE;
            List<Check> checks = checks(property.getConstraintDescriptors(), false);
            if (holder == Holder.OPTIONAL && !checks.isEmpty()) {
                throw new Unsupported("rule on the Optional itself: " + property.getPropertyName());
            }
            List<Check> elementChecks = new ArrayList<>();
            boolean cascade = property.isCascaded();
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                int expected = holder == Holder.MAP_VALUES ? 1 : 0;
                if (holder == Holder.NONE
                        || element.getTypeArgumentIndex() == null
                        || element.getTypeArgumentIndex() != expected
                        || !element.getConstrainedContainerElementTypes().isEmpty()) {
                    throw new Unsupported("container element of " + property.getPropertyName());
                }
                elementChecks.addAll(checks(element.getConstraintDescriptors(), false));
                cascade |= element.isCascaded();
            }
            properties.add(new PropertyPlan(
                    property.getPropertyName(), function(getter), checks, holder, elementChecks, cascade));
        }
        return new Plan(classChecks, properties);
    }

    private List<Check> checks(Set<ConstraintDescriptor<?>> descriptors, boolean classLevel) {
        List<Check> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            if (!descriptor.getComposingConstraints().isEmpty() || descriptor.isReportAsSingleViolation()) {
                throw new Unsupported("composed constraint " + descriptor.getAnnotation());
            }
            List<? extends Class<?>> classes = List.copyOf(descriptor.getConstraintValidatorClasses());
            Class<?> annotationType = descriptor.getAnnotation().annotationType();
            if (annotationType.getPackage() == NotNull.class.getPackage()) {
                // the provider's own validators need its initialization; the specification is enough
                checks.add(new Check(descriptor, classLevel, builtIn(descriptor.getAnnotation()), null));
            } else if (classes.size() == 1 && classes.get(0).getPackage() == RuleContext.class.getPackage()) {
                @SuppressWarnings("unchecked")
                ConstraintValidator<Annotation, Object> rule = (ConstraintValidator<Annotation, Object>)
                        validators.getInstance(classes.get(0).asSubclass(ConstraintValidator.class));
                rule.initialize(descriptor.getAnnotation());
                checks.add(new Check(descriptor, classLevel, null, rule));
            } else {
                throw new Unsupported("a rule from outside the library: " + descriptor.getAnnotation());
            }
        }
        return List.copyOf(checks);
    }

    /** The built-in constraints the model uses, with the specification's meaning; others are refused. */
    private static Predicate<@Nullable Object> builtIn(Annotation annotation) {
        if (annotation instanceof NotNull) {
            return value -> value != null;
        }
        if (annotation instanceof NotEmpty) {
            return value -> value != null && !isEmpty(value);
        }
        if (annotation instanceof Positive) {
            return value -> value == null || signum(value) > 0;
        }
        if (annotation instanceof PositiveOrZero) {
            return value -> value == null || signum(value) >= 0;
        }
        if (annotation instanceof Min min) {
            long limit = min.value();
            return value -> value == null || compare(value, limit) >= 0;
        }
        if (annotation instanceof Max max) {
            long limit = max.value();
            return value -> value == null || compare(value, limit) <= 0;
        }
        if (annotation instanceof Pattern pattern && pattern.flags().length == 0) {
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp());
            return value -> value == null || compiled.matcher(text(value)).matches();
        }
        throw new Unsupported(
                "built-in constraint " + annotation.annotationType().getName());
    }

    // Only the value types the model puts these rules on; any other goes to the provider.
    private static boolean isEmpty(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        throw new Unsupported("@NotEmpty on " + value.getClass().getName());
    }

    private static CharSequence text(Object value) {
        if (value instanceof CharSequence text) {
            return text;
        }
        throw new Unsupported("@Pattern on " + value.getClass().getName());
    }

    private static int signum(Object value) {
        return compare(value, 0);
    }

    private static int compare(Object value, long limit) {
        if (value instanceof Integer number) {
            return Long.compare(number, limit);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.compareTo(BigDecimal.valueOf(limit));
        }
        throw new Unsupported("number rule on " + value.getClass().getName());
    }

    private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                Method method = type.getMethod(prefix + suffix);
                if (!Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        throw new NoSuchMethodException(type.getName() + " has no getter for " + property);
    }

    // Getters called through LambdaMetafactory functions: the JIT treats them like written code.
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The package of the model's values, whose generated classes the walk reads. */
    private static final Package MODEL = Campaign.class.getPackage();

    @SuppressWarnings("unchecked")
    private static Function<Object, @Nullable Object> function(Method getter) throws ReflectiveOperationException {
        // The generated classes are package-private in the model's package, which this module opens
        // to itself: a lookup there may call their getters and define the function beside them.
        MethodHandles.Lookup lookup = getter.getDeclaringClass().getModule() == RuleWalk.class.getModule()
                ? MethodHandles.privateLookupIn(getter.getDeclaringClass(), LOOKUP)
                : LOOKUP;
        MethodHandle target = lookup.unreflect(getter);
        try {
            return (Function<Object, @Nullable Object>) LambdaMetafactory.metafactory(
                            lookup,
                            "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class),
                            target,
                            target.type().wrap().changeReturnType(Object.class))
                    .getTarget()
                    .invoke();
        } catch (Throwable e) {
            throw new ReflectiveOperationException("Cannot call " + getter, e);
        }
    }

    /** One walk: the path so far as a stack of steps, and what was found. */
    private final class Walker {
        final Groups groups;
        final List<Finding> findings = new ArrayList<>();
        final List<Object> steps = new ArrayList<>();
        final RuleContext context = new RuleContext();

        Walker(Groups groups) {
            this.groups = groups;
        }

        void bean(Object bean) {
            View view = view(bean.getClass(), groups);
            for (Check check : view.classChecks) {
                run(check, bean);
            }
            for (PropertyView property : view.properties) {
                Object value = property.getter.apply(bean);
                if (value == null && property.checks.length == 0) {
                    continue;
                }
                steps.add(property.name);
                for (Check check : property.checks) {
                    run(check, value);
                }
                if (value != null && property.descends) {
                    elements(property, value);
                }
                steps.remove(steps.size() - 1);
            }
        }

        private void elements(PropertyView property, Object value) {
            switch (property.holder) {
                case NONE -> {
                    if (property.cascade) {
                        bean(value);
                    }
                }
                case OPTIONAL -> element(property, ((Optional<?>) value).orElse(null));
                case ITERABLE -> {
                    if (value instanceof List<?> list && value instanceof RandomAccess) {
                        // the model's lists: no iterator to allocate
                        for (int index = 0, size = list.size(); index < size; index++) {
                            steps.add(index);
                            element(property, list.get(index));
                            steps.remove(steps.size() - 1);
                        }
                        return;
                    }
                    int index = 0;
                    for (Object item : (Iterable<?>) value) {
                        steps.add(index++);
                        element(property, item);
                        steps.remove(steps.size() - 1);
                    }
                }
                case MAP_VALUES -> {
                    Map<?, ?> map = (Map<?, ?>) value;
                    if (map.isEmpty()) {
                        return;
                    }
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        steps.add(new Key(entry.getKey()));
                        element(property, entry.getValue());
                        steps.remove(steps.size() - 1);
                    }
                }
            }
        }

        private void element(PropertyView property, @Nullable Object element) {
            for (Check check : property.elementChecks) {
                run(check, element);
            }
            if (property.cascade && element != null) {
                bean(element);
            }
        }

        /** One more finding would be one too many: stop the walk (a finding past the cap marks it cut). */
        private void enoughYet() {
            if (findings.size() == CampaignValidator.MAX_PROBLEMS + 1) {
                throw new Enough();
            }
        }

        // only checks of the walk's view come here: their groups apply
        private void run(Check check, @Nullable Object value) {
            Predicate<@Nullable Object> builtIn = check.builtIn;
            if (builtIn != null) {
                if (!builtIn.test(value)) {
                    enoughYet();
                    findings.add(new Finding(check.descriptor, check.template, List.copyOf(steps), value));
                }
                return;
            }
            ConstraintValidator<Annotation, Object> rule = java.util.Objects.requireNonNull(check.rule);
            if (rule.isValid(value, context.reset(check.template))) {
                return;
            }
            for (RuleContext.Report report : context.reports()) {
                enoughYet();
                List<Object> where = new ArrayList<>(steps);
                where.addAll(report.steps());
                // a class-level rule points into the object: show the value it points at
                Object shown =
                        check.classLevel && value != null ? CampaignValidator.resolve(value, report.steps()) : value;
                findings.add(new Finding(check.descriptor, report.template(), List.copyOf(where), shown));
            }
        }
    }
}
