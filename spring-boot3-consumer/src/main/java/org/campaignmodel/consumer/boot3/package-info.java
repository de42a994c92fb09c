/**
 * A Spring Boot 3.5 application as users on Jackson 2 write one: a controller that takes and returns
 * an application's own object holding a campaign, checked with {@code @Valid}.
 */
@NullMarked
package org.campaignmodel.consumer.boot3;

import org.jspecify.annotations.NullMarked;
