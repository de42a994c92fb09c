package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignmodel.Article;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.constraints.DistinctRelatedStories;

/** Checks {@link DistinctRelatedStories}. */
public final class DistinctRelatedStoriesValidator implements ConstraintValidator<DistinctRelatedStories, Article> {
    /** Created by the Jakarta Validation provider. */
    public DistinctRelatedStoriesValidator() {}

    @Override
    public boolean isValid(Article article, ConstraintValidatorContext context) {
        if (article == null) {
            return true;
        }
        Violations.start(context);
        boolean valid = true;
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        List<RelatedStory> stories = article.getRelatedStories();
        for (int i = 0; i < stories.size(); i++) {
            RelatedStory story = stories.get(i);
            if (story.getId().filter(article.getId()::equals).isPresent()) {
                Violations.atElement(context, "article.related.self", "relatedStories", i);
                valid = false;
            } else if (story.getId().filter(id -> !ids.add(id)).isPresent()
                    || story.getUrl().filter(url -> !urls.add(url)).isPresent()) {
                Violations.atElement(context, "article.related.duplicate", "relatedStories", i);
                valid = false;
            }
        }
        return valid;
    }
}
