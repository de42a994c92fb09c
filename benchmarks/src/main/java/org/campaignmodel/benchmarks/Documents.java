package org.campaignmodel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;

/** The workloads: the seed article and campaign, and a batch of generated articles of the same shape. */
final class Documents {
    static final int BATCH = 100;

    final Article article = SeedCampaign.article();
    final Campaign campaign = SeedCampaign.campaign();
    final byte[] articleJson;
    final byte[] campaignJson;
    final List<byte[]> batch = new ArrayList<>();

    Documents(CampaignJson json) {
        articleJson = json.write(article).getBytes(StandardCharsets.UTF_8);
        campaignJson = json.write(campaign).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < BATCH; i++) {
            Article variant = Article.builder()
                    .from(article)
                    .id("generated-article-" + i)
                    .headline(article.getHeadline() + ", part " + (i + 1))
                    .dek("Generated variant " + i + " of the seed article, of the same shape.")
                    .build();
            batch.add(json.write(variant).getBytes(StandardCharsets.UTF_8));
        }
    }
}
