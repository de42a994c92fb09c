package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.campaignmodel.Article;
import org.campaignmodel.LanguageVersion;
import org.campaignmodel.constraints.DistinctLanguageVersions;

/** Checks {@link DistinctLanguageVersions}. */
public final class DistinctLanguageVersionsValidator implements ConstraintValidator<DistinctLanguageVersions, Article> {
    /** Created by the Jakarta Validation provider. */
    public DistinctLanguageVersionsValidator() {}

    @Override
    public boolean isValid(Article article, ConstraintValidatorContext context) {
        if (article == null || article.getLanguageVersions().isEmpty()) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        article.getLanguage().ifPresent(own -> seen.add(own.toLowerCase(Locale.ROOT)));
        boolean valid = true;
        List<LanguageVersion> versions = article.getLanguageVersions();
        for (int i = 0; i < versions.size(); i++) {
            if (!seen.add(versions.get(i).getLanguage().toLowerCase(Locale.ROOT))) {
                if (valid) {
                    Violations.start(context);
                }
                Violations.atElement(context, "article.language_version.duplicate", "languageVersions", i);
                valid = false;
            }
        }
        return valid;
    }
}
