package org.campaignmodel.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for every value type: JavaBeans getters, builder methods without a prefix,
 * package-private generated classes hidden behind each type's own {@code Builder}. It lives on a
 * meta-annotation, not on {@code package-info}, so that users compiling against core need no
 * Immutables jar and see no warning; it is public only so that the model and validation packages
 * share it, and its package is not exported.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allParameters = false,
        defaults = @Value.Immutable(copy = false),
        // No @Generated or other classpath annotations on generated classes: users' javac would warn
        // that it cannot find them, since the Immutables jar is not on their classpath.
        allowedClasspathAnnotations = {Override.class})
public @interface CampaignStyle {}
