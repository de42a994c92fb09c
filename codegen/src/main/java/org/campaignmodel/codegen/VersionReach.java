package org.campaignmodel.codegen;

import java.util.HashSet;
import java.util.Set;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.Kind;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.UnionType;

/**
 * Finds the value types whose values can hold a property that a later minor version added, directly
 * or in a value they contain. Why: the writer asks only those what version they need, so that a
 * document of types that cannot use anything new costs nothing more to write.
 */
final class VersionReach {
    private VersionReach() {}

    static Set<Class<?>> of(ModelTypes types) {
        Set<Class<?>> newer = new HashSet<>();
        boolean grew = true;
        // the model's types refer to one another (a related story holds an event): grow to a fixpoint
        while (grew) {
            grew = false;
            for (ModelType model : types.models.values()) {
                if (!newer.contains(model.type) && reaches(model, newer)) {
                    newer.add(model.type);
                    grew = true;
                }
            }
            for (UnionType union : types.unions.values()) {
                if (!newer.contains(union.type)
                        && union.byName.values().stream().anyMatch(m -> newer.contains(m.type))) {
                    newer.add(union.type);
                    grew = true;
                }
            }
        }
        return newer;
    }

    private static boolean reaches(ModelType model, Set<Class<?>> newer) {
        for (Property property : model.properties) {
            if (property.minor > 0) {
                return true;
            }
            Kind kind = property.value.kind;
            if (kind == Kind.FUZZY_DATE) {
                return true; // a school year is a fuzzy date of 1.1
            }
            if ((kind == Kind.MODEL || kind == Kind.UNION) && newer.contains(property.value.type)) {
                return true;
            }
        }
        return false;
    }
}
