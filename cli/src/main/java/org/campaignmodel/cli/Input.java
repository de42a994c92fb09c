package org.campaignmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonFactory;

/** One file or standard input, named as a report names it. */
final class Input {
    /** Parsers for a first look at a document: its type, and where its pointers are. */
    static final JsonFactory PARSERS = JsonFactory.builder().build();

    /** The name standard input goes by on the command line and in reports. */
    static final String STDIN = "-";

    final @Nullable Path path;
    final String name;
    final boolean ndjson;

    private Input(@Nullable Path path, String name, boolean ndjson) {
        this.path = path;
        this.name = name;
        this.ndjson = ndjson;
    }

    /** Tells NDJSON from a file's name: {@code .ndjson} or {@code .jsonl}. */
    static boolean isNdjson(String name) {
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    /**
     * Expands the command's arguments: files as given, folders into the JSON and NDJSON files under
     * them (sorted, so that the output is the same every time), {@code -} or nothing into standard
     * input.
     *
     * @param arguments the arguments
     * @param stdinNdjson whether standard input holds NDJSON
     * @param missing receives every argument that names nothing
     * @return the inputs, in order
     */
    static List<Input> expand(List<String> arguments, boolean stdinNdjson, List<String> missing) {
        List<Input> inputs = new ArrayList<>();
        if (arguments.isEmpty()) {
            inputs.add(new Input(null, STDIN, stdinNdjson));
            return inputs;
        }
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                inputs.add(new Input(null, STDIN, stdinNdjson));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> {
                                String n = f.getFileName().toString();
                                return n.endsWith(".json") || isNdjson(n);
                            })
                            .sorted()
                            .forEach(f -> inputs.add(of(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + argument + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                inputs.add(of(path));
            } else {
                missing.add(argument);
            }
        }
        return inputs;
    }

    private static Input of(Path path) {
        return new Input(path, path.toString(), isNdjson(path.getFileName().toString()));
    }

    /** {@return the input's bytes as a stream, which the caller closes} */
    InputStream open() throws IOException {
        return path == null ? new NonClosing(System.in) : Files.newInputStream(path);
    }

    /** {@return the size in bytes, or -1 for standard input} */
    long size() {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads a whole document, but no more than the limit and one byte, so that an endless input
     * cannot fill the memory.
     *
     * @param limit the longest document
     * @return the bytes, one more than the limit when the input is longer
     */
    byte[] readAtMost(long limit) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** Standard input, which must stay open for whoever reads it next. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
