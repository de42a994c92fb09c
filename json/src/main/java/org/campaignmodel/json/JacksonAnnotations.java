package org.campaignmodel.json;

/**
 * Says plainly when Jackson 3 cannot start: it uses Jackson 2's annotations jar and needs 2.21 or
 * newer, but a framework on Jackson 2 (Spring Boot 3.5, Kafka) may manage an older one, which
 * otherwise fails deep inside Jackson with a {@code NoClassDefFoundError}.
 */
final class JacksonAnnotations {
    /** A class that jackson-annotations has had since 2.21, the first Jackson 3 can run on. */
    static final String SINCE_2_21 = "com.fasterxml.jackson.annotation.JsonSerializeAs";

    private JacksonAnnotations() {}

    static void require() {
        require(SINCE_2_21);
    }

    static void require(String className) {
        try {
            Class.forName(className, false, JacksonAnnotations.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(
                    "campaign-json runs on Jackson 3, which needs com.fasterxml.jackson.core:jackson-annotations"
                            + " 2.21 or newer, but the class path has an older one (" + className
                            + " is missing), probably managed for Jackson 2 by a framework such as Spring Boot"
                            + " 3.5. On Jackson 2, use campaign-jackson2 instead; otherwise import campaign-bom"
                            + " (or tools.jackson:jackson-bom) before the framework's dependency management, or"
                            + " set jackson-annotations to 2.21 or newer.",
                    e);
        }
    }
}
