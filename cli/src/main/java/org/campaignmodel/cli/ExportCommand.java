package org.campaignmodel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.export.CampaignExports;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign export}: a valid document in a format other programs read. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exports a valid document: schema-org (JSON-LD of an article, event or bill), timelinejs (a"
                    + " timeline, or a campaign's), jsonfeed (a story list) or ical (an event, or a story"
                    + " list's events).",
            "Writes to standard output unless --output names a file."
        })
final class ExportCommand extends Subcommand {
    /** What {@code --to} can name. */
    enum Target {
        SCHEMA_ORG,
        TIMELINEJS,
        JSONFEED,
        ICAL
    }

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            converter = TargetConverter.class,
            description = "schema-org, timelinejs, jsonfeed or ical.")
    Target to = Target.SCHEMA_ORG;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The document; '-' or none for standard input.")
    @Nullable
    String file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write; standard output if left out.")
    @Nullable
    Path output;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            converter = DocumentType.Converter.class,
            description = "article, campaign, event, timeline or story-list; guessed when left out.")
    @Nullable
    DocumentType type;

    /** Picocli makes this. */
    ExportCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.List<Input> inputs =
                Input.expand(file == null ? java.util.List.of() : java.util.List.of(file), false, missing);
        if (!missing.isEmpty() || inputs.size() != 1 || inputs.get(0).ndjson) {
            err.println("campaign: "
                    + (missing.isEmpty()
                            ? "export takes one JSON document"
                            : missing.get(0) + ": there is no such file"));
            return CampaignCommand.USAGE;
        }
        Input input = inputs.get(0);
        CampaignJson json = CampaignJson.create();
        byte[] bytes = input.readAtMost(json.limits().maxDocumentLength());
        DocumentType documentType = DocumentType.of(Input.PARSERS, bytes, type);
        CheckedDocument<?> checked = json.check(bytes, documentType.type, Locale.ENGLISH);
        if (!checked.isValid()) {
            for (ValidationProblem p : checked.getReport().getProblems()) {
                err.println(input.name + ": " + p.getShownPointer() + ": " + p.getMessage() + " [" + p.getCode() + "]");
            }
            err.println("campaign: " + input.name + " is not valid; nothing was exported");
            return CampaignCommand.INVALID;
        }
        Object value = checked.getValue().orElseThrow();
        String exported = export(CampaignExports.create(), value, documentType);
        if (exported == null) {
            err.println("campaign: " + label(to) + " cannot export " + article(documentType) + "; " + what(to));
            return CampaignCommand.USAGE;
        }
        if (output == null) {
            out.print(exported.endsWith("\n") ? exported : exported + "\n");
            out.flush();
        } else {
            Files.writeString(output, exported, StandardCharsets.UTF_8);
        }
        return CampaignCommand.VALID;
    }

    private @Nullable String export(CampaignExports exports, Object value, DocumentType documentType) {
        switch (to) {
            case SCHEMA_ORG -> {
                try {
                    return exports.schemaOrg(value);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            case TIMELINEJS -> {
                if (value instanceof Timeline timeline) {
                    return exports.timelineJs(timeline);
                }
                if (value instanceof Campaign campaign && campaign.getTimeline().isPresent()) {
                    return exports.timelineJs(campaign.getTimeline().get());
                }
                return null;
            }
            case JSONFEED -> {
                return value instanceof StoryList stories ? exports.jsonFeed(stories) : null;
            }
            case ICAL -> {
                if (value instanceof Event event) {
                    return exports.iCalendar(event);
                }
                return value instanceof StoryList stories ? exports.iCalendar(stories) : null;
            }
        }
        throw new IllegalStateException("unknown target " + to + " for " + documentType);
    }

    private static String label(Target target) {
        return target.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String article(DocumentType type) {
        return (type == DocumentType.ARTICLE || type == DocumentType.EVENT ? "an " : "a ") + type.label();
    }

    private static String what(Target target) {
        return switch (target) {
            case SCHEMA_ORG -> "it exports an article, an event, a quote, a statistic or a bill.";
            case TIMELINEJS -> "it exports a timeline, or a campaign that has one.";
            case JSONFEED -> "it exports a story list.";
            case ICAL -> "it exports an event, or the events of a story list.";
        };
    }

    /** Reads {@code --to}'s value. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            for (Target t : Target.values()) {
                if (label(t).equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not an export format; use schema-org, timelinejs, jsonfeed or ical.");
        }
    }
}
