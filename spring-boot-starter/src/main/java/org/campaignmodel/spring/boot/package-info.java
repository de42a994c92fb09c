/**
 * Spring Boot auto-configuration for the Campaign Model: {@link
 * org.campaignmodel.spring.boot.CampaignModelAutoConfiguration} and its properties, {@link
 * org.campaignmodel.spring.boot.CampaignModelProperties}, under {@code campaignmodel.*}. The problem
 * details and the schema endpoint are package-private beans, switched by properties.
 */
@NullMarked
package org.campaignmodel.spring.boot;

import org.jspecify.annotations.NullMarked;
