package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the error shows a problem: where, on which line, and within its length limit. */
final class CampaignJsonExceptionTest {
    @Test
    void shouldSayWhereInADocument() {
        CampaignJsonException e =
                new CampaignJsonException("json.test", "/demands/2/number", "Not a number.", 3, 14, false);

        assertThat(e.getMessage()).isEqualTo("/demands/2/number: Not a number. (line 3, column 14)");
        assertThat(e.pointer()).isEqualTo("/demands/2/number");
        assertThat(e.problem()).isEqualTo("Not a number.");
        assertThat(e.lineNumber()).hasValue(3);
        assertThat(e.columnNumber()).hasValue(14);
        assertThat(e.isNdjsonLine()).isFalse();
    }

    @Test
    void shouldSayWhichLineOfNdjson() {
        CampaignJsonException e = new CampaignJsonException("json.test", "/name", "Blank.", 0, 9, false).atLine(7);

        assertThat(e.getMessage()).isEqualTo("line 7: /name: Blank. (column 9)");
        assertThat(e.isNdjsonLine()).isTrue();
        assertThat(e.lineNumber()).hasValue(7);
        assertThat(new CampaignJsonException("json.test", "", "Empty.", 7, 0, true).getMessage())
                .isEqualTo("line 7: /: Empty.");
    }

    @Test
    void shouldLeaveOutWhatItDoesNotKnow() {
        CampaignJsonException e = new CampaignJsonException("json.test", "", "Empty.", 0, 0, false);

        assertThat(e.getMessage()).isEqualTo("/: Empty.");
        assertThat(e.lineNumber()).isEmpty();
        assertThat(e.columnNumber()).isEmpty();
        assertThat(new CampaignJsonException("json.test", "", "Empty.", -1, -5, false).columnNumber())
                .isEmpty();
    }

    @Test
    void shouldKeepTheWholeMessageWithinItsLimit() {
        String pointer = "/" + "p".repeat(200);
        String problem = "q".repeat(1000);

        CampaignJsonException e = new CampaignJsonException("json.test", pointer, problem, 12345, 67890, false);

        assertThat(e.getMessage())
                .hasSize(CampaignJsonException.MAX_MESSAGE_LENGTH)
                .startsWith("/" + "p".repeat(78) + "…: qqq")
                .endsWith("q… (line 12345, column 67890)");
        assertThat(e.problem()).hasSize(CampaignJsonException.MAX_MESSAGE_LENGTH - 100);
        assertThat(e.pointer()).isEqualTo(pointer);
    }

    @Test
    void shouldMoveToAnotherPointerKeepingTheRest() {
        CampaignJsonException e = new CampaignJsonException("json.test", "", "Too deep.", 2, 5, false).at("/a/b");

        assertThat(e.getMessage()).isEqualTo("/a/b: Too deep. (line 2, column 5)");
    }
}
