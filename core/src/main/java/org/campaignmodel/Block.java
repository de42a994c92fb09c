package org.campaignmodel;

/**
 * One block of an article's body, in reading order. The set is closed: paragraphs, headings, lists,
 * quotes, images, and references to a campaign's statistic or demand, which a renderer can show with
 * the campaign's current data.
 */
public sealed interface Block permits Paragraph, Heading, ItemList, Quote, Image, StatisticReference, DemandReference {}
