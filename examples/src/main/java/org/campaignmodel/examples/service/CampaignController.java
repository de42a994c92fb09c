package org.campaignmodel.examples.service;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.campaignmodel.Campaign;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP face of the store. A document that is not JSON, breaks the format or breaks a rule never
 * reaches these methods: {@code @Valid} and the starter answer it with problem details first.
 */
@RestController
@RequestMapping("/campaigns")
class CampaignController {
    private final CampaignRepository campaigns;

    CampaignController(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    ResponseEntity<?> create(@Valid @RequestBody Campaign campaign) {
        if (!campaigns.insert(campaign)) {
            return problem(HttpStatus.CONFLICT, "A campaign with id \"" + campaign.getId() + "\" is already stored.");
        }
        return ResponseEntity.created(URI.create("/campaigns/" + campaign.getId()))
                .body(campaign);
    }

    @GetMapping
    List<Campaign> list() {
        return campaigns.findAll();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> fetch(@PathVariable String id) {
        return campaigns
                .find(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No campaign \"" + id + "\" is stored."));
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable String id, @Valid @RequestBody Campaign campaign) {
        if (!campaign.getId().equals(id)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The document's id \"" + campaign.getId() + "\" is not the id in the path, \"" + id + "\".");
        }
        if (!campaigns.update(campaign)) {
            return problem(HttpStatus.NOT_FOUND, "No campaign \"" + id + "\" is stored; post it first.");
        }
        return ResponseEntity.ok(campaign);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
