/**
 * The rules of the model as Jakarta Validation constraint annotations, such as {@link
 * org.campaignmodel.constraints.Text}, {@link org.campaignmodel.constraints.Slug} and {@link
 * org.campaignmodel.constraints.MaxItems}.
 *
 * <p>They are public, like {@code jakarta.validation.constraints}, so that an application can put the
 * same rules on its own types: a form object's headline held to the rule of an article's headline.
 * An application that does so on the module path must open its package to {@code
 * org.hibernate.validator}, as for any constraint. The validators behind them are not API.
 */
@NullMarked
package org.campaignmodel.constraints;

import org.jspecify.annotations.NullMarked;
