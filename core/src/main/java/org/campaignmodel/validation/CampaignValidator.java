package org.campaignmodel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.internal.TextValidator;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;

/**
 * Checks any model object against every rule of the domain and reports all problems at once.
 *
 * <pre>{@code
 * ValidationReport report = CampaignValidator.create().validate(campaign);
 * report.getProblems().forEach(p -> System.out.println(p.getPointer() + ": " + p.getMessage()));
 * }</pre>
 *
 * <p>{@link #create()} uses the default Jakarta Validation provider (Hibernate Validator, which comes
 * with this library) and needs no Expression Language; its factory is built once and shared. {@link
 * #using(Validator)} works with a validator the application already has, such as Spring's. Either way
 * messages come from this library's own English and Spanish texts, filled in only from the rules'
 * settings: text from users is never evaluated, so a value such as {@code ${1+1}} comes back as it
 * is. Instances are immutable and thread-safe.
 *
 * <p>Rules are in two groups: the default group holds what any draft must satisfy, and {@link
 * Published} adds what a published page needs.
 */
public final class CampaignValidator {
    /**
     * The most problems one report holds. A document broken in more places than this, such as
     * thousands of blank names, gets a report of the first ones with {@link
     * ValidationReport#isTruncated()} set, so that validating hostile input takes bounded memory.
     * The library's own walk stops there; an application's own validator ({@link #using}) still
     * finds everything before the report is cut.
     */
    public static final int MAX_PROBLEMS = 1000;

    private static final int MAX_VALUE_LENGTH = 80;

    /** The one factory {@link #create()} uses, built on first use. */
    private static final class Shared {
        static final ValidatorFactory FACTORY = buildFactory();
        static final CampaignValidator INSTANCE = shared();

        private static CampaignValidator shared() {
            Validator validator = FACTORY.getValidator();
            return new CampaignValidator(validator, new RuleWalk(validator, FACTORY.getConstraintValidatorFactory()));
        }

        private static ValidatorFactory buildFactory() {
            // The provider's own messages are never shown, so it needs no interpolation, and no EL.
            MessageInterpolator verbatim = new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return template;
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return template;
                }
            };
            return Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(verbatim)
                    // the cache only pays off with JPA's resolver; here it is pure overhead
                    .enableTraversableResolverResultCache(false)
                    .buildValidatorFactory();
        }
    }

    private final Validator validator;
    // The library's own, faster walk over the same rules; only with the default provider's metadata.
    private final @Nullable RuleWalk walk;

    private CampaignValidator(Validator validator, @Nullable RuleWalk walk) {
        this.validator = validator;
        this.walk = walk;
    }

    /**
     * Returns the validator backed by the default provider, with a factory built once and reused.
     *
     * @return the shared validator
     */
    public static CampaignValidator create() {
        return Shared.INSTANCE;
    }

    /** The shared validator's own walk, for tests that check what it covers. */
    static RuleWalk defaultWalk() {
        return Objects.requireNonNull(Shared.INSTANCE.walk);
    }

    /**
     * A new walk on the shared factory, with none of its plans made yet: for tests of how plans are
     * made, which the shared walk has long cached.
     */
    static RuleWalk newWalk() {
        return new RuleWalk(Shared.FACTORY.getValidator(), Shared.FACTORY.getConstraintValidatorFactory());
    }

    /**
     * Returns a validator backed by one the application already has, such as Spring's.
     *
     * @param validator a Jakarta Validation validator
     * @return a campaign validator that uses it
     */
    public static CampaignValidator using(Validator validator) {
        return new CampaignValidator(Objects.requireNonNull(validator, "validator"), null);
    }

    /**
     * Validates an object with messages in English.
     *
     * @param value any model object, such as a {@link Campaign} or an {@link Article}
     * @param groups the groups to check, such as {@link Published}; none means the default group
     * @return the report of every problem found
     */
    public ValidationReport validate(Object value, Class<?>... groups) {
        return validate(value, Locale.ENGLISH, groups);
    }

    /**
     * Validates an object with messages in the given language: Spanish for {@code es}, otherwise
     * English.
     *
     * @param value any model object
     * @param locale the language of the messages
     * @param groups the groups to check; none means the default group
     * @return the report of every problem found
     */
    public ValidationReport validate(Object value, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(locale, "locale");
        Optional<List<RuleWalk.Finding>> walked = walk == null ? Optional.empty() : walk.validate(value, groups);
        List<RuleWalk.Finding> findings =
                walked.isPresent() ? walked.get() : findings(validator.validate(value, groups));
        List<ValidationProblem> problems = new ArrayList<>(Math.min(findings.size(), MAX_PROBLEMS + 1));
        for (RuleWalk.Finding finding : findings) {
            problems.add(problem(finding, locale));
            if (problems.size() > MAX_PROBLEMS) {
                break;
            }
        }
        problems.sort(ORDER);
        boolean truncated = problems.size() > MAX_PROBLEMS;
        return ValidationReport.builder()
                .problems(truncated ? problems.subList(0, MAX_PROBLEMS) : problems)
                .truncated(truncated)
                .build();
    }

    /**
     * Validates an object and returns it if it is valid.
     *
     * @param value any model object
     * @param groups the groups to check; none means the default group
     * @param <T> the object's type
     * @return the same object
     * @throws CampaignValidationException carrying the whole report, if anything is wrong
     */
    public <T> T requireValid(T value, Class<?>... groups) {
        ValidationReport report = validate(value, groups);
        if (!report.isValid()) {
            throw new CampaignValidationException(describe(value), report);
        }
        return value;
    }

    private static String describe(Object value) {
        Class<?> type = value.getClass();
        for (Class<?> face : type.getInterfaces()) {
            if (face.getPackage() == Campaign.class.getPackage()) {
                return face.getSimpleName();
            }
        }
        Class<?> parent = type.getSuperclass();
        return parent != null && parent.getPackage() == Campaign.class.getPackage()
                ? parent.getSimpleName()
                : type.getSimpleName();
    }

    /** The provider's violations as findings: the same steps, template and shown value as the walk's. */
    private static List<RuleWalk.Finding> findings(Set<ConstraintViolation<Object>> violations) {
        List<RuleWalk.Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> violation : violations) {
            List<Object> steps = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getIndex() != null) {
                    steps.add(node.getIndex());
                } else if (node.getKey() != null) {
                    steps.add(new RuleWalk.Key(node.getKey()));
                }
                if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                    steps.add(node.getName());
                }
            }
            // A class-level rule's invalid value is the whole object; show the property it points at.
            Object value = isClassLevel(
                            violation.getConstraintDescriptor().getAnnotation().annotationType())
                    ? resolve(violation.getRootBean(), steps)
                    : violation.getInvalidValue();
            String template = Messages.isOurs(violation.getMessageTemplate())
                    ? violation.getMessageTemplate()
                    : violation.getMessage();
            findings.add(new RuleWalk.Finding(violation.getConstraintDescriptor(), template, steps, value));
        }
        return findings;
    }

    private static ValidationProblem problem(RuleWalk.Finding finding, Locale locale) {
        String template = finding.template();
        String code;
        String message;
        if (Messages.isOurs(template)) {
            code = Messages.code(template);
            message = Messages.render(template, locale, finding.constraint().getAttributes());
        } else {
            code = finding.constraint()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName()
                    .toLowerCase(Locale.ROOT);
            message = template;
        }
        StringBuilder path = new StringBuilder();
        StringBuilder pointer = new StringBuilder();
        for (Object step : finding.steps()) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
                pointer.append('/').append(index);
            } else if (step instanceof RuleWalk.Key key) {
                path.append('[').append(key.key()).append(']');
                pointer.append('/').append(escape(String.valueOf(key.key())));
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(step);
                pointer.append('/').append(escape(String.valueOf(step)));
            }
        }
        return ValidationProblem.builder()
                .code(code)
                .path(path.toString())
                .pointer(pointer.toString())
                .message(message)
                .value(Optional.ofNullable(display(finding.value())))
                .build();
    }

    private static boolean isClassLevel(Class<?> constraint) {
        java.lang.annotation.Target target = constraint.getAnnotation(java.lang.annotation.Target.class);
        return target != null && List.of(target.value()).equals(List.of(ElementType.TYPE));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Follows steps from an object through getters, list indexes, map keys and optionals. */
    static @Nullable Object resolve(Object root, List<Object> steps) {
        @Nullable Object current = root;
        for (Object step : steps) {
            if (current == null) {
                return null;
            }
            if (step instanceof Integer index) {
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
            } else if (step instanceof RuleWalk.Key key) {
                current = current instanceof java.util.Map<?, ?> map ? map.get(key.key()) : null;
            } else {
                current = property(current, String.valueOf(step));
            }
            if (current instanceof Optional<?> optional) {
                current = optional.orElse(null);
            }
        }
        return current;
    }

    /**
     * The method as a public type declares it: the generated classes are package-private in the
     * model's package, so their own methods cannot be called from here.
     */
    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Modifier.isPublic(c.getModifiers())) {
                return c.getMethod(name);
            }
            for (Class<?> i : c.getInterfaces()) {
                if (Modifier.isPublic(i.getModifiers())) {
                    try {
                        return i.getMethod(name);
                    } catch (NoSuchMethodException e) {
                        // try the next interface
                    }
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static @Nullable Object property(Object bean, String name) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return publicMethod(bean.getClass(), prefix + suffix).invoke(bean);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
        return null;
    }

    private static @Nullable String display(@Nullable Object value) {
        Object shown = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (shown == null) {
            return null;
        }
        String text;
        if (shown instanceof CharSequence
                || shown instanceof Number
                || shown instanceof Boolean
                || shown instanceof Enum<?>
                || shown instanceof Code
                || shown instanceof FuzzyDate
                || shown instanceof TemporalAccessor) {
            text = shown.toString();
        } else if (shown instanceof Collection<?> collection) {
            text = collection.size() + " items";
        } else {
            Object id = property(shown, "id");
            text = id instanceof Optional<?> optional && optional.isPresent()
                    ? "id " + optional.get()
                    : id instanceof String s ? "id " + s : shown.toString();
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (TextValidator.isHidden(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() <= MAX_VALUE_LENGTH ? out.toString() : out.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    /** Orders problems by pointer, comparing array indexes as numbers, then by code and message. */
    private static final Comparator<ValidationProblem> ORDER = Comparator.comparing(
                    ValidationProblem::getPointer, CampaignValidator::comparePointers)
            .thenComparing(ValidationProblem::getCode)
            .thenComparing(ValidationProblem::getMessage);

    private static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            String x = left[i];
            String y = right[i];
            int c = isIndex(x) && isIndex(y)
                    ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
                    : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }
}
