package org.campaignmodel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public face of a deployed module as text: every public type of every package the module exports
 * to all, with its public and protected members, inherited ones included (a builder's methods come from
 * its generated superclass). Each module's test compares it with a committed file, so that every API
 * change shows in review as a change to that file.
 */
public final class ApiListing {
    private ApiListing() {}

    /**
     * Lists the API of the named module that holds the given class.
     *
     * @param anchor any class of the module
     * @return one line per type and member, sorted
     */
    public static String of(Class<?> anchor) {
        Path classes;
        try {
            classes = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ModuleDescriptor descriptor = anchor.getModule().getDescriptor();
        if (descriptor == null) {
            // tests on the class path (a Spring Boot module's): the compiled descriptor says the same
            try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
                descriptor = ModuleDescriptor.read(in);
            } catch (IOException e) {
                throw new IllegalStateException(anchor + " has no module descriptor beside it in " + classes, e);
            }
        }
        TreeSet<String> lines = new TreeSet<>();
        lines.add("module " + descriptor.name());
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            if (exports.isQualified()) {
                lines.add("exports " + exports.source() + " to " + String.join(", ", new TreeSet<>(exports.targets())));
                continue;
            }
            lines.add("exports " + exports.source());
            for (Class<?> type : types(classes, exports.source(), anchor.getClassLoader())) {
                if (isVisible(type)) {
                    lines.addAll(members(type));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Compares the API with the committed listing; with {@code -Dapi.accept=true} writes it instead.
     *
     * @param anchor any class of the module
     * @param listing the committed file, relative to the module's folder
     * @param command the command that accepts a change, for the failure message
     * @return null when they agree, else what to tell the developer
     */
    public static String check(Class<?> anchor, Path listing, String command) {
        String actual = of(anchor);
        try {
            if (Boolean.getBoolean("api.accept")) {
                Files.createDirectories(listing.toAbsolutePath().getParent());
                Files.writeString(listing, actual, StandardCharsets.UTF_8);
                return null;
            }
            String expected = Files.exists(listing) ? Files.readString(listing, StandardCharsets.UTF_8) : "";
            if (expected.equals(actual)) {
                return null;
            }
            List<String> was = expected.lines().toList();
            List<String> is = actual.lines().toList();
            String removed =
                    was.stream().filter(l -> !is.contains(l)).map(l -> "- " + l).collect(Collectors.joining("\n"));
            String added =
                    is.stream().filter(l -> !was.contains(l)).map(l -> "+ " + l).collect(Collectors.joining("\n"));
            return "The public API differs from " + listing + ":\n" + removed + (removed.isEmpty() ? "" : "\n") + added
                    + "\nIf the change is intended, accept it with:\n  " + command;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> types(Path classes, String pkg, ClassLoader loader) {
        Path folder = classes.resolve(pkg.replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")
                        && !name.equals("module-info.class")
                        && !name.equals("package-info.class")) {
                    types.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6), false, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers())) {
                return false;
            }
        }
        return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
    }

    private static List<String> members(Class<?> type) {
        String name = type.getName();
        List<String> lines = new ArrayList<>();
        lines.add(name + " " + kind(type) + supertypes(type));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (isApi(c.getModifiers())) {
                lines.add(name + " " + modifiers(c.getModifiers()) + "<init>" + parameters(c));
            }
        }
        for (Field f : type.getFields()) {
            if (!f.isSynthetic()) {
                lines.add(name + " " + modifiers(f.getModifiers()) + typeName(f.getGenericType()) + " " + f.getName());
            }
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isProtected(m.getModifiers())) {
                methods.add(m);
            }
        }
        for (Method m : methods) {
            // what the JDK or another library declares (Throwable's methods, Enum's) is theirs, and may
            // differ between JDKs
            if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass().getModule() != type.getModule()) {
                continue;
            }
            int modifiers = m.getModifiers() & ~Modifier.FINAL & ~Modifier.SYNCHRONIZED;
            String typeParameters = m.getTypeParameters().length == 0
                    ? ""
                    : Arrays.stream(m.getTypeParameters())
                            .map(ApiListing::typeName)
                            .collect(Collectors.joining(", ", "<", "> "));
            lines.add(name + " " + modifiers(modifiers) + (m.isDefault() ? "default " : "") + typeParameters
                    + typeName(m.getGenericReturnType()) + " " + m.getName() + parameters(m)
                    + exceptions(m));
        }
        return lines;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return (type.isSealed() ? "sealed " : "") + "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        int m = type.getModifiers();
        return (Modifier.isAbstract(m) ? "abstract " : "") + (Modifier.isFinal(m) ? "final " : "")
                + (type.isSealed() ? "sealed " : "") + "class";
    }

    private static String supertypes(Class<?> type) {
        List<String> names = new ArrayList<>();
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            Class<?> raw = type.getSuperclass();
            // a generated, package-private superclass is an implementation detail; its members are listed
            if (raw != null && isVisible(raw)) {
                names.add(typeName(superclass));
            }
        }
        for (Type face : type.getGenericInterfaces()) {
            if (face != java.lang.annotation.Annotation.class) {
                names.add(typeName(face));
            }
        }
        return names.isEmpty() ? "" : " : " + String.join(", ", names);
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
        return text.isEmpty() ? "" : text + " ";
    }

    private static String parameters(Executable e) {
        return Arrays.stream(e.getGenericParameterTypes())
                .map(ApiListing::typeName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String exceptions(Method m) {
        Type[] thrown = m.getGenericExceptionTypes();
        return thrown.length == 0
                ? ""
                : Arrays.stream(thrown)
                        .map(ApiListing::typeName)
                        .sorted()
                        .collect(Collectors.joining(", ", " throws ", ""));
    }

    private static String typeName(Type type) {
        return type.getTypeName().replaceAll("\\b(java\\.lang|java\\.util)\\.(?=[A-Z])", "");
    }
}
