/**
 * The campaign domain model: {@link org.campaignmodel.Campaign}, {@link org.campaignmodel.Article},
 * {@link org.campaignmodel.Demand}, {@link org.campaignmodel.FuzzyDate} and the values they are made of.
 *
 * <p>Every value type is immutable, built with {@code X.builder()}, and never holds {@code null}: what
 * may be absent is an {@link java.util.Optional}, and lists are empty rather than missing.
 */
@NullMarked
package org.campaignmodel;

import org.jspecify.annotations.NullMarked;
