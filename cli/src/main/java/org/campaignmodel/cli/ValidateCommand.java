package org.campaignmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign validate}: every problem of every document, read and validated in one pass. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads and validates documents and reports every problem, with its JSON Pointer, line and code.",
            "Folders are searched for .json, .ndjson and .jsonl files; '-' or no file reads standard input."
        })
final class ValidateCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", description = "Files or folders; '-' for standard input.")
    List<String> files = new ArrayList<>();

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            converter = DocumentType.Converter.class,
            description = "article, campaign, event, timeline or story-list; guessed from each document when left out.")
    @Nullable
    DocumentType type;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (the default), json for programs, or github for workflow annotations.")
    Reporter format = Reporter.TEXT;

    @Option(names = "--strict", description = "Fail on notices too, such as a code close to a known one.")
    boolean strict;

    @Option(names = "--ndjson", description = "Standard input holds NDJSON, one document per line.")
    boolean ndjson;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "The language of the messages: en (the default) or es.")
    String lang = "en";

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    /** Picocli makes this. */
    ValidateCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        CampaignJson json = CampaignJson.create();
        Locale locale = Locale.forLanguageTag(lang);
        Reporter.Summary summary = new Reporter.Summary();
        List<String> missing = new ArrayList<>();
        List<Input> inputs = Input.expand(files, ndjson, missing);
        for (String name : missing) {
            err.println("campaign: " + name + ": there is no such file or folder");
            summary.unreadable.add(name);
        }
        boolean terminal = !noProgress && Progress.terminal();
        for (Input input : inputs) {
            summary.files++;
            try {
                if (input.ndjson) {
                    lines(json, input, locale, summary, out, terminal ? err : null);
                } else {
                    document(json, input, locale, summary, out);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("campaign: " + input.name + ": cannot read: " + e.getMessage());
                summary.unreadable.add(input.name);
            }
        }
        format.summary(out, summary);
        if (!summary.unreadable.isEmpty()) {
            return CampaignCommand.USAGE;
        }
        return summary.problems > 0 || (strict && summary.notices > 0)
                ? CampaignCommand.INVALID
                : CampaignCommand.VALID;
    }

    private void document(CampaignJson json, Input input, Locale locale, Reporter.Summary summary, PrintWriter out)
            throws IOException {
        byte[] bytes = input.readAtMost(json.limits().maxDocumentLength());
        summary.documents++;
        DocumentType documentType = DocumentType.of(Input.PARSERS, bytes, type);
        CheckedDocument<?> checked = json.check(bytes, documentType.type, locale);
        // validation's problems know their pointer only; the text knows the line
        Set<String> unplaced = new HashSet<>();
        for (ValidationProblem p : all(checked)) {
            if (p.getLine().isEmpty()) {
                unplaced.add(p.getPointer());
            }
        }
        Map<String, int[]> places = Locations.find(Input.PARSERS, bytes, unplaced);
        for (ValidationProblem p : checked.getReport().getProblems()) {
            report(summary, out, new Finding(input.name, line(p, places), column(p, places), false, p));
        }
        for (ValidationProblem p : checked.getReport().getNotices()) {
            report(summary, out, new Finding(input.name, line(p, places), column(p, places), true, p));
        }
    }

    private void lines(
            CampaignJson json,
            Input input,
            Locale locale,
            Reporter.Summary summary,
            PrintWriter out,
            @Nullable PrintWriter progressTo)
            throws IOException {
        long size = input.size();
        Progress progress = progressTo != null && size >= Progress.MIN_SIZE
                ? new Progress(progressTo, input.name, size, System::nanoTime)
                : null;
        try (InputStream raw = input.open()) {
            InputStream in = progress == null ? raw : progress.counting(raw);
            Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
            // without --type, the first document tells the type of all
            java.io.BufferedReader buffered = new java.io.BufferedReader(reader, 1 << 16);
            DocumentType documentType = type != null ? type : firstType(buffered);
            try (Stream<CheckedDocument<Object>> checked = json.checkLines(buffered, cast(documentType.type), locale)) {
                Iterator<CheckedDocument<Object>> each = checked.iterator();
                while (each.hasNext()) {
                    CheckedDocument<Object> one = each.next();
                    summary.documents++;
                    int line = one.getLineNumber().orElse(0);
                    for (ValidationProblem p : one.getReport().getProblems()) {
                        report(
                                summary,
                                out,
                                new Finding(input.name, line, p.getColumn().orElse(0), false, p));
                    }
                    for (ValidationProblem p : one.getReport().getNotices()) {
                        report(
                                summary,
                                out,
                                new Finding(input.name, line, p.getColumn().orElse(0), true, p));
                    }
                    if (progress != null) {
                        progress.update(summary.documents);
                    }
                }
            } finally {
                if (progress != null) {
                    progress.done();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> type) {
        return (Class<Object>) type;
    }

    /** Peeks at the first line that holds something, leaving the reader where it was. */
    private static DocumentType firstType(java.io.BufferedReader in) throws IOException {
        int peek = 1 << 16;
        in.mark(peek);
        char[] head = new char[peek];
        int n = in.read(head, 0, peek);
        in.reset();
        if (n <= 0) {
            return DocumentType.CAMPAIGN;
        }
        for (String line : new String(head, 0, n).split("\n", -1)) {
            if (!line.isBlank()) {
                return DocumentType.of(Input.PARSERS, line.getBytes(StandardCharsets.UTF_8), null);
            }
        }
        return DocumentType.CAMPAIGN;
    }

    private void report(Reporter.Summary summary, PrintWriter out, Finding finding) {
        if (finding.notice()) {
            summary.notices++;
        } else {
            summary.problems++;
        }
        if (format == Reporter.JSON) {
            // the JSON report is written at the end, as one document
            summary.findings.add(finding);
        }
        format.finding(out, finding);
    }

    private static List<ValidationProblem> all(CheckedDocument<?> checked) {
        List<ValidationProblem> all = new ArrayList<>(checked.getReport().getProblems());
        all.addAll(checked.getReport().getNotices());
        return all;
    }

    private static int line(ValidationProblem p, Map<String, int[]> places) {
        if (p.getLine().isPresent()) {
            return p.getLine().getAsInt();
        }
        int[] at = places.get(p.getPointer());
        return at == null ? 0 : at[0];
    }

    private static int column(ValidationProblem p, Map<String, int[]> places) {
        if (p.getLine().isPresent()) {
            return p.getColumn().orElse(0);
        }
        int[] at = places.get(p.getPointer());
        return at == null ? 0 : at[1];
    }
}
