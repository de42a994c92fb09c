package org.campaignmodel.validation;

import jakarta.validation.groups.Default;

/**
 * The validation group for content about to be published. The default group holds what any draft
 * must satisfy; this group adds what a published page needs: an article with bylines, a publication
 * date and a language; related stories with a URL and a headline; images with alternative text.
 * It extends {@link Default}, so validating with it checks the default rules too.
 */
public interface Published extends Default {}
