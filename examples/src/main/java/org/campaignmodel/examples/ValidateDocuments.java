package org.campaignmodel.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.CampaignJsonException;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON and NDJSON files ({@code .ndjson} or {@code .jsonl}) and prints every problem as
 * {@code file: /pointer: message [code]}, with the line number for NDJSON. Every file is checked even
 * when one before it cannot be read. Exits 0 when all are valid, 1 when any is not (malformed JSON
 * included), 2 on bad usage or when a file cannot be read (missing, not a regular file, not UTF-8). The document type is guessed from its
 * properties unless given with {@code --type}.
 */
public final class ValidateDocuments {
    private static final Map<String, Class<?>> TYPES = Map.of(
            "article", Article.class,
            "campaign", Campaign.class,
            "event", Event.class,
            "timeline", Timeline.class,
            "story-list", StoryList.class);
    private static final String USAGE =
            "usage: ValidateDocuments [--type article|campaign|event|timeline|story-list] FILE...";

    private final CampaignJson json = CampaignJson.create();
    private final PrintStream out;
    private int problems;
    private int documents;

    private ValidateDocuments(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args options and files
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Validates the files, printing problems to {@code out} and usage errors to {@code err}.
     *
     * @param args options and files
     * @param out where problems go
     * @param err where usage and file errors go
     * @return 0 if all are valid, 1 if any is not, 2 on bad usage or an unreadable file
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Class<?> type = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--type")) {
                type = i + 1 < args.length ? TYPES.get(args[++i]) : null;
                if (type == null) {
                    err.println("unknown or missing document type\n" + USAGE);
                    return 2;
                }
            } else if (args[i].startsWith("-")) {
                err.println("unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ValidateDocuments program = new ValidateDocuments(out);
        boolean unreadable = false;
        for (Path file : files) {
            // every file is checked, whatever happened to the one before
            String cannot = program.check(file, type);
            if (cannot != null) {
                err.println(file + ": cannot read: " + cannot);
                unreadable = true;
            }
        }
        // one line even when all is well, so that silence never has to be read as success
        out.println(program.documents + (program.documents == 1 ? " document" : " documents") + " in "
                + files.size() + (files.size() == 1 ? " file" : " files") + ": "
                + (program.problems == 0
                        ? "all valid"
                        : program.problems + (program.problems == 1 ? " problem" : " problems"))
                + (unreadable ? "; some files could not be read" : ""));
        return unreadable ? 2 : program.problems == 0 ? 0 : 1;
    }

    /** Checks one file; returns why it cannot be read, or null when it was read. */
    private @Nullable String check(Path file, @Nullable Class<?> type) {
        if (!Files.exists(file)) {
            return "there is no such file";
        }
        if (!Files.isRegularFile(file)) {
            // a folder, a named pipe or a device: reading a pipe could wait forever
            return "it is not a regular file (a folder, pipe or device); name a JSON or NDJSON file";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                lines(file, type);
            } else {
                document(file, type, Files.readString(file, StandardCharsets.UTF_8), "");
            }
            return null;
        } catch (MalformedInputException e) {
            return "it is not UTF-8 text";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private void lines(Path file, @Nullable Class<?> given) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                document(file, given, lines.get(i), ":" + (i + 1));
            }
        }
    }

    private void document(Path file, @Nullable Class<?> given, String text, String line) {
        documents++;
        String where = file + line + ": ";
        try {
            Class<?> type = given != null ? given : guess(text);
            // one pass: every problem of reading, then of validation, each with its own code
            CheckedDocument<?> checked = json.check(text, type, Locale.ENGLISH);
            for (ValidationProblem p : checked.getReport().getProblems()) {
                report(where + at(p) + ": " + p.getMessage() + " [" + p.getCode() + "]");
            }
            for (ValidationProblem p : checked.getReport().getNotices()) {
                // a notice is shown but never makes the document invalid
                out.println(where + at(p) + ": notice: " + p.getMessage() + " [" + p.getCode() + "]");
            }
        } catch (CampaignJsonException e) {
            // the message is the safe one to print: hidden characters escaped, length bounded
            report(where + e.getMessage() + " [" + e.code() + "]");
        }
    }

    private static String at(ValidationProblem p) {
        // a property name from the document could hold terminal controls
        return p.getShownPointer();
    }

    private void report(String line) {
        out.println(line);
        problems++;
    }

    /** Guesses the document type from the properties only that type has. */
    private Class<?> guess(String text) {
        JsonNode tree;
        try {
            tree = json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw CampaignJsonException.from(e);
        }
        if (tree.has("headline")) {
            return Article.class;
        }
        if (tree.has("stories")) {
            return StoryList.class;
        }
        if (tree.has("start")) {
            return Event.class;
        }
        return tree.has("events") && !tree.has("name") ? Timeline.class : Campaign.class;
    }
}
